#!/usr/bin/env python3
# encoding: utf-8
"""An example whose output holds a memory address."""

#end_pymotw_header


class Point:
    """A point on a plane, without a custom representation."""

    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_point(x, y):
    """Return a new Point.

    >>> make_point(1, 2)
    <doctest_unpredictable.Point object at 0x7f3a5c0>
    """
    return Point(x, y)
