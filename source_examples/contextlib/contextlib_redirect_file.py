#!/usr/bin/env python3
# encoding: utf-8
"""Write the output of a function into a file."""

#end_pymotw_header
from contextlib import redirect_stdout


def table():
    for n in range(1, 4):
        print(n, n * n, n * n * n)


with open('table.txt', 'w') as f, redirect_stdout(f):
    table()

print('table.txt holds:')
with open('table.txt') as f:
    print(f.read(), end='')
