#!/usr/bin/env python3
# encoding: utf-8
"""tee() splits one iterator into independent ones."""

#end_pymotw_header
from itertools import tee


def readings():
    for value in [3, 5, 4]:
        print(f'  reading {value}')
        yield value


first, second = tee(readings())
print('first: ', list(first))
print('second:', list(second))
