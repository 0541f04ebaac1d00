#!/usr/bin/env python3
# encoding: utf-8
"""Treat every run of whitespace in the output as a single space."""

#end_pymotw_header


def squares(count):
    """Return the squares of the numbers 1 to count.

    A long result wrapped to fit the docstring does not match:

    >>> squares(12)
    [1, 4, 9, 16, 25, 36,
     49, 64, 81, 100, 121, 144]

    With NORMALIZE_WHITESPACE the line break counts as a space:

    >>> squares(12)  # doctest: +NORMALIZE_WHITESPACE
    [1, 4, 9, 16, 25, 36,
     49, 64, 81, 100, 121, 144]
    """
    return [n * n for n in range(1, count + 1)]


def table(rows):
    """Print rows with a tab between the columns.

    Tabs in a docstring turn into spaces, so spell them out as
    whitespace and let the option match them:

    >>> table([('pears', 3), ('plums', 12)])  # doctest: +NORMALIZE_WHITESPACE
    pears   3
    plums   12
    """
    for name, count in rows:
        print(f'{name}\t{count}')
