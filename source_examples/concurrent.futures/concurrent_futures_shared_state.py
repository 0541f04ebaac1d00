#!/usr/bin/env python3
# encoding: utf-8
"""Threads share the program's objects; processes work on copies."""

#end_pymotw_header
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

seen = []


def remember(item):
    seen.append(item)
    return len(item)


def main():
    items = ['red', 'green', 'blue']

    with ThreadPoolExecutor(max_workers=2) as pool:
        lengths = list(pool.map(remember, items))
    print(f'threads:   results {lengths}, seen: {sorted(seen)}')

    seen.clear()
    context = multiprocessing.get_context('spawn')
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        lengths = list(pool.map(remember, items))
    print(f'processes: results {lengths}, seen: {sorted(seen)}')


if __name__ == '__main__':
    main()
