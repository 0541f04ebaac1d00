#!/usr/bin/env python3
# encoding: utf-8
"""Examples in docstrings, written as an interactive session."""

#end_pymotw_header


def average(values):
    """Return the arithmetic mean of a sequence of numbers.

    >>> average([1, 2, 3, 4])
    2.5
    >>> average([10])
    10.0
    """
    return sum(values) / len(values)


def initials(name):
    """Return the initials of a name, in capitals.

    >>> initials('ada lovelace')
    'AL'
    """
    return ''.join(word[0].upper() for word in name.split())


def shout(text):
    """Return text in capitals (no examples here)."""
    return text.upper()
