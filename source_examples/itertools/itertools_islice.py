#!/usr/bin/env python3
# encoding: utf-8
"""islice() takes a slice of any iterable, one item at a time."""

#end_pymotw_header
from itertools import count, islice

letters = 'abcdefghij'
print('islice(letters, 4):         ', list(islice(letters, 4)))
print('islice(letters, 2, 6):      ', list(islice(letters, 2, 6)))
print('islice(letters, 1, None, 3):', list(islice(letters, 1, None, 3)))
print('islice(count(), 100, 103):  ', list(islice(count(), 100, 103)))

try:
    islice(letters, -3, None)
except ValueError as error:
    print('ValueError:', error)
