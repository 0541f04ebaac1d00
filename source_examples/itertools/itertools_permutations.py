#!/usr/bin/env python3
# encoding: utf-8
"""permutations() orders items in every possible way."""

#end_pymotw_header
from itertools import permutations


def show(rows):
    print(' '.join(''.join(row) for row in rows))


show(permutations('abc'))
show(permutations('abcd', 2))

show(permutations('aab'))
show(sorted(set(permutations('aab'))))
