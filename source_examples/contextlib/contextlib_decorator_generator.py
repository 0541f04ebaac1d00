#!/usr/bin/env python3
# encoding: utf-8
"""Decorating a generator function."""

#end_pymotw_header
from contextlib import contextmanager


@contextmanager
def opened(label):
    print('open', label)
    yield
    print('close', label)


@opened('reader')
def rows():
    for n in range(3):
        print('  yielding row', n)
        yield n


gen = rows()
print('generator created')
print('rows:', list(gen))
