#!/usr/bin/env python3
# encoding: utf-8
"""Each group is read from the same iterator as groupby() itself."""

#end_pymotw_header
from itertools import groupby

word = 'aaabbc'

spent = list(groupby(word))
print('list(groupby()):')
for letter, group in spent:
    print(' ', letter, list(group))

kept = [(letter, list(group)) for letter, group in groupby(word)]
print('each group copied in time:')
for letter, members in kept:
    print(' ', letter, members)
