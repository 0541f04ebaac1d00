#!/usr/bin/env python3
# encoding: utf-8
"""Counters combined like multisets."""

#end_pymotw_header
import collections

monday = collections.Counter(tea=3, coffee=2, water=1)
tuesday = collections.Counter(tea=1, coffee=4)

print('sum:       ', monday + tuesday)
print('difference:', monday - tuesday)
print('minimum:   ', monday & tuesday)
print('maximum:   ', monday | tuesday)

# Unary plus and minus keep only the positive (or negative) counts.
change = collections.Counter(tea=2, coffee=-1, water=0)
print('+change:', +change)
print('-change:', -change)
print('subset:', tuesday <= monday + tuesday)
