#!/usr/bin/env python3
# encoding: utf-8
"""Data classes in match statements."""

#end_pymotw_header
import dataclasses


@dataclasses.dataclass
class Point:
    x: int
    y: int


@dataclasses.dataclass
class Circle:
    centre: Point
    radius: int


def describe(shape):
    match shape:
        case Point(0, 0):
            return 'the origin'
        case Point(x, 0) | Point(0, x):
            return f'on an axis, {x} from the origin'
        case Circle(Point(x, y), radius=r) if r > 10:
            return f'a big circle around ({x}, {y})'
        case Circle(centre=c):
            return f'a circle around {c}'
        case _:
            return 'something else'


print(Point.__match_args__)
for shape in [Point(0, 0), Point(0, 5), Point(2, 3),
              Circle(Point(1, 1), 20), Circle(Point(1, 1), 2)]:
    print(describe(shape))
