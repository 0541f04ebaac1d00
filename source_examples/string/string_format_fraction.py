#!/usr/bin/env python3
# encoding: utf-8
"""Fraction formats like a float since Python 3.12."""

#end_pymotw_header
from fractions import Fraction

third = Fraction(1, 3)
print(f"{third}  {third!r}")
for spec in (".5f", ".2%", "e", ">10.3g"):
    try:
        print(f"{spec!r:8} {third:{spec}}")
    except TypeError as error:
        print(f"{spec!r:8} TypeError: {error}")
