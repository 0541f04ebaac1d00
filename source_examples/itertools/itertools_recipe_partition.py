#!/usr/bin/env python3
# encoding: utf-8
"""Splitting one iterable in two with tee() and filterfalse()."""

#end_pymotw_header
from itertools import filterfalse, tee


def partition(predicate, iterable):
    """Return an iterator of the items that pass, and one of the rest."""
    passed, failed = tee(iterable)
    return filter(predicate, passed), filterfalse(predicate, failed)


def is_even(n):
    return n % 2 == 0


evens, odds = partition(is_even, range(10))
print('evens:', list(evens))
print('odds: ', list(odds))

files = ['notes.txt', 'photo.jpg', 'todo.txt', 'logo.png']
text, other = partition(lambda name: name.endswith('.txt'), files)
print('text: ', list(text))
print('other:', list(other))
