#!/usr/bin/env python3
# encoding: utf-8
"""map() with buffersize takes inputs only as results are read (3.14+)."""

#end_pymotw_header
from concurrent.futures import ThreadPoolExecutor


def numbers(count):
    for n in range(count):
        print(f'  input {n} taken')
        yield n


def square(n):
    return n * n


for buffersize in (None, 2):
    print(f'buffersize={buffersize}:')
    with ThreadPoolExecutor(max_workers=2) as executor:
        results = executor.map(square, numbers(5), buffersize=buffersize)
        print('  map() returned')
        for result in results:
            print('  result', result)
