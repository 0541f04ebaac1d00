#!/usr/bin/env python3
# encoding: utf-8
"""Iterators hand out their items one at a time, once."""

#end_pymotw_header
import itertools

colors = ['red', 'green', 'blue']
iterator = iter(colors)

print('next():', next(iterator))
print('next():', next(iterator))
print('the rest:', list(iterator))
print('a second time:', list(iterator))

try:
    next(iterator)
except StopIteration:
    print('next() on an exhausted iterator: StopIteration')

print('the list still has', len(colors), 'items')

letters = itertools.chain('ab', 'cd')
print('an itertools object is its own iterator:', iter(letters) is letters)
print('next():', next(letters))
