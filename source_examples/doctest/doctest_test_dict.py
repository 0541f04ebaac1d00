#!/usr/bin/env python3
# encoding: utf-8
"""Doctests kept out of the docstrings, in the __test__ dictionary."""

#end_pymotw_header


def slugify(title):
    """Turn a title into a lowercase, hyphenated name for a URL.

    >>> slugify('Hello, World')
    'hello-world'
    """
    words = ''.join(c if c.isalnum() else ' ' for c in title).split()
    return '-'.join(words).lower()


def _check_round_trip():
    """
    >>> slugify(slugify('Already Done'))
    'already-done'
    """


__test__ = {
    'edge cases': """
        >>> slugify('')
        ''
        >>> slugify('  --  ')
        ''
        >>> slugify('Crème brûlée')
        'creme-brulee'
        """,
    'idempotent': _check_round_trip,
}
