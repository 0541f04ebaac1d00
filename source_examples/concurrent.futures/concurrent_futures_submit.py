#!/usr/bin/env python3
# encoding: utf-8
"""Submit calls to a thread pool and collect their results."""

#end_pymotw_header
from concurrent.futures import ThreadPoolExecutor


def square(n):
    return n * n


with ThreadPoolExecutor(max_workers=2) as executor:
    future = executor.submit(square, 7)
    print('submit() returned a', type(future).__name__)
    print('its result:', future.result())

    rounded = executor.submit(round, 3.14159, ndigits=2)
    print('keyword arguments work too:', rounded.result())

    futures = [executor.submit(square, n) for n in range(6)]
    print('six squares:', [f.result() for f in futures])
