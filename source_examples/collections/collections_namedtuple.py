#!/usr/bin/env python3
# encoding: utf-8
"""Records with named fields: namedtuple."""

#end_pymotw_header
import collections

Point = collections.namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
print(p, p.x, p[1])
x, y = p                 # still a tuple
print(x + y, p == (3, 4), len(p))
print(Point._fields)

try:
    p.x = 10
except AttributeError as exc:
    print('AttributeError:', exc)

Colour = collections.namedtuple('Colour', 'red green blue alpha',
                                defaults=[1.0])
print(Colour(0, 128, 255))
print(Colour._field_defaults)
