#!/usr/bin/env python3
# encoding: utf-8
"""wait() returns as soon as one future is done, or at a timeout."""

#end_pymotw_header
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

release = threading.Event()


def job(name):
    if name != 'quick':
        release.wait()
    return name


def report(label, done, not_done):
    print(f'{label:<16} done: {sorted(f.result() for f in done)}, '
          f'not done: {len(not_done)}')


with ThreadPoolExecutor(max_workers=3) as executor:
    futures = [executor.submit(job, n) for n in ['quick', 'slow', 'slower']]

    done, not_done = wait(futures, return_when=FIRST_COMPLETED)
    report('FIRST_COMPLETED', done, not_done)

    done, not_done = wait(futures, timeout=0.1)  # no exception
    report('timeout=0.1', done, not_done)

    release.set()
    done, not_done = wait(futures)  # ALL_COMPLETED, the default
    report('ALL_COMPLETED', done, not_done)
