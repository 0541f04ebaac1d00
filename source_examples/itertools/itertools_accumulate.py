#!/usr/bin/env python3
# encoding: utf-8
"""accumulate() yields running totals."""

#end_pymotw_header
from itertools import accumulate

deposits = [50, 20, -30, 10]
print('running total:      ', list(accumulate(deposits)))
print('with initial=100:   ', list(accumulate(deposits, initial=100)))
print('empty, initial=100: ', list(accumulate([], initial=100)))
