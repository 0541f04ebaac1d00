#!/usr/bin/env python3
# encoding: utf-8
"""A worker process that dies breaks the whole pool."""

#end_pymotw_header
import os
import re
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def work(n):
    if n == 2:
        os._exit(3)  # stands in for a crash, or the kernel's OOM killer
    return n * 10


def describe(cause):
    """The cause's text on one line, without the process id."""
    text = ' '.join(str(cause).replace("'''", '').split())
    return re.sub(r'Process \d+', 'Process N', text)


def run_all(inputs):
    with ProcessPoolExecutor(max_workers=1) as executor:
        futures = {n: executor.submit(work, n) for n in inputs}
        for n, future in futures.items():
            try:
                print(f'  work({n}) = {future.result()}')
            except BrokenProcessPool as err:
                print(f'  work({n}) failed: {type(err).__name__}')
                print(f'    cause: {describe(err.__cause__)}')


if __name__ == '__main__':
    print('first pool:')
    run_all([0, 1, 2, 3])
    print('a new pool for what failed:')
    run_all([3])
