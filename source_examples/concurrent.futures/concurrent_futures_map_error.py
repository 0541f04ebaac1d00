#!/usr/bin/env python3
# encoding: utf-8
"""map() raises a call's exception when its turn comes."""

#end_pymotw_header
from concurrent.futures import ThreadPoolExecutor


def check(n):
    if n == 3:
        raise ValueError(f'{n} is not allowed')
    return n * 10


with ThreadPoolExecutor(max_workers=2) as executor:
    results = executor.map(check, range(6))
    try:
        for result in results:
            print('got', result)
    except ValueError as exc:
        print('map() raised:', exc)

    print('several iterables:', list(executor.map(pow, [2, 3, 4], [5, 2])))
