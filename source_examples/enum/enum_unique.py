#!/usr/bin/env python3
# encoding: utf-8
"""Two names with one value: an alias, which @unique forbids."""

#end_pymotw_header
import enum


class Shape(enum.Enum):
    SQUARE = 4
    TRIANGLE = 3
    QUADRILATERAL = 4       # an alias of SQUARE


print(Shape.QUADRILATERAL, Shape.QUADRILATERAL is Shape.SQUARE)
print(list(Shape))                       # aliases are not iterated
print(list(Shape.__members__))           # but they are listed here

try:
    @enum.unique
    class Strict(enum.Enum):
        SQUARE = 4
        QUADRILATERAL = 4
except ValueError as exc:
    print('ValueError:', exc)
