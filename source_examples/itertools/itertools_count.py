#!/usr/bin/env python3
# encoding: utf-8
"""count() numbers things without an end."""

#end_pymotw_header
from fractions import Fraction
from itertools import count, islice

print(list(islice(count(), 5)))
print(list(islice(count(10, 5), 4)))
print(list(islice(count(3, -2), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(Fraction(1, 3), Fraction(1, 3)), 4)))

for number, name in zip(count(101), ['ann', 'bob', 'cy']):
    print(f'ticket {number}: {name}')
