#!/usr/bin/env python3
# encoding: utf-8
"""Each docstring runs in its own copy of the module's globals."""

#end_pymotw_header

seen = []


def add_name(name):
    """Remember a name.

    >>> add_name('alpha')
    >>> seen
    ['alpha']
    >>> total = len(seen)
    """
    seen.append(name)


def count_names():
    """Return how many names were remembered.

    A name assigned in another docstring does not exist here:

    >>> total
    Traceback (most recent call last):
    NameError: name 'total' is not defined

    But the list object is the same one the other docstring changed:

    >>> seen
    ['alpha']
    """
    return len(seen)
