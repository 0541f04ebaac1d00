#!/usr/bin/env python3
# encoding: utf-8
"""wait() with FIRST_EXCEPTION returns early when a call fails."""

#end_pymotw_header
import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

release = threading.Event()


def step(name):
    if name == 'fails':
        raise RuntimeError(f'step {name!r} went wrong')
    if name == 'waits':
        release.wait()
    return name


def run(executor, names):
    futures = {executor.submit(step, name): name for name in names}
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    print('  done:    ', sorted(futures[f] for f in done))
    print('  not done:', sorted(futures[f] for f in not_done))
    for future in done:
        if future.exception() is not None:
            print('  error:   ', future.exception())


with ThreadPoolExecutor(max_workers=3) as executor:
    print('one step fails:')
    run(executor, ['fails', 'waits'])
    release.set()
    print('no step fails:')
    run(executor, ['load', 'check', 'save'])
