#!/usr/bin/env python3
# encoding: utf-8
"""Nothing is computed until a consumer asks for the next item."""

#end_pymotw_header
import itertools


def numbers():
    for n in range(1, 6):
        print(f'  numbers() yields {n}')
        yield n


def square(n):
    print(f'  square({n})')
    return n * n


print('building the pipeline')
pipeline = itertools.islice(map(square, numbers()), 3)
print('pipeline built, nothing has run yet')

for value in pipeline:
    print('the loop receives', value)

print('done: 4 and 5 were never produced')
