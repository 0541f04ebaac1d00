#!/usr/bin/env python3
# encoding: utf-8
"""takewhile() and dropwhile() stop testing at the first failure."""

#end_pymotw_header
from itertools import dropwhile, takewhile


def small(n):
    print(f'  testing {n}')
    return n < 4


values = [1, 3, 5, 2, 0]
print('takewhile:', list(takewhile(small, values)))
print('dropwhile:', list(dropwhile(small, values)))
print('filter:   ', list(filter(small, values)))
