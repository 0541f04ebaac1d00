#!/usr/bin/env python3
# encoding: utf-8
"""Advancing the input of tee() behind its back loses items."""

#end_pymotw_header
from itertools import tee

numbers = iter(range(1, 7))
a, b = tee(numbers)

print('a starts with', next(a), next(a))
print('the original iterator hands out', next(numbers))
print('a:', list(a))
print('b:', list(b))
