#!/usr/bin/env python3
# encoding: utf-8
"""A function whose examples do not match what it does."""

#end_pymotw_header


def split_name(full_name):
    """Split a full name into the first name and the family name.

    >>> split_name('Ada Lovelace')
    ('Ada', 'Lovelace')
    >>> split_name('Grace Brewster Hopper')
    ('Grace', 'Hopper')
    >>> split_name('Plato')
    ('Plato', '')
    """
    first, last = full_name.split(' ', 1)
    return first, last
