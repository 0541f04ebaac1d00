#!/usr/bin/env python3
# encoding: utf-8
"""filterfalse() keeps the items that filter() would drop."""

#end_pymotw_header
from itertools import filterfalse


def is_even(n):
    return n % 2 == 0


print('filter:     ', list(filter(is_even, range(10))))
print('filterfalse:', list(filterfalse(is_even, range(10))))

answers = ['yes', '', 'no', None, 'maybe', 0]
print('truthy:', list(filter(None, answers)))
print('falsy: ', list(filterfalse(None, answers)))
