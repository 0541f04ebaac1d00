#!/usr/bin/env python3
# encoding: utf-8
"""Let ... in the expected output stand for any text."""

#end_pymotw_header


class Point:
    """A point on a plane, without a custom representation."""

    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_point(x, y):
    """Return a new Point.

    >>> make_point(1, 2)  # doctest: +ELLIPSIS
    <doctest_ellipsis.Point object at 0x...>

    Checking the attributes needs no ellipsis at all:

    >>> p = make_point(1, 2)
    >>> (p.x, p.y)
    (1, 2)
    """
    return Point(x, y)


def countdown(start):
    """Return the numbers from start down to 0.

    >>> countdown(100)  # doctest: +ELLIPSIS
    [100, 99, 98, ..., 2, 1, 0]
    """
    return list(range(start, -1, -1))
