#!/usr/bin/env python3
# encoding: utf-8
"""A JSONEncoder subclass that tags the types it adds."""

#end_pymotw_header
import fractions
import json


class NumberEncoder(json.JSONEncoder):
    """Encode fractions and complex numbers as tagged objects."""

    def default(self, o):
        if isinstance(o, fractions.Fraction):
            return {'__fraction__': [o.numerator, o.denominator]}
        if isinstance(o, complex):
            return {'__complex__': [o.real, o.imag]}
        return super().default(o)  # raises the usual TypeError


encoder = NumberEncoder(separators=(',', ':'))
values = [fractions.Fraction(1, 3), 1j, [0.5, fractions.Fraction(1, 2)]]
for value in values:
    print(f'{value!r:<23} {encoder.encode(value)}')

print(json.dumps({'share': fractions.Fraction(2, 3)}, cls=NumberEncoder))

try:
    json.dumps({'unsupported': range(3)}, cls=NumberEncoder)
except TypeError as err:
    print('TypeError:', err)
