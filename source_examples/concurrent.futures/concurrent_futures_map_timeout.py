#!/usr/bin/env python3
# encoding: utf-8
"""map() gives up on results that are not ready by the deadline."""

#end_pymotw_header
import threading
from concurrent.futures import ThreadPoolExecutor

release = threading.Event()


def fetch(name):
    if name == 'stuck':
        release.wait()  # blocks until the main thread sets the event
    return name.upper()


with ThreadPoolExecutor(max_workers=3) as executor:
    results = executor.map(fetch, ['quick', 'stuck', 'late'], timeout=0.5)
    try:
        for result in results:
            print('got', result)
    except TimeoutError:
        print('TimeoutError: no result within 0.5 seconds')
    release.set()  # let the stuck call end, or shutdown waits forever
