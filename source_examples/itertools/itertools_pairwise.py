#!/usr/bin/env python3
# encoding: utf-8
"""pairwise() yields each item with the one after it."""

#end_pymotw_header
from itertools import pairwise

print(list(pairwise('abcd')))
print(list(pairwise('a')))

temperatures = [4.5, 9.0, 7.5, 3.0, 11.5]
for before, after in pairwise(temperatures):
    print(f'{before:4} -> {after:4}  change {after - before:+.1f}')
