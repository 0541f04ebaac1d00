#!/usr/bin/env python3
# encoding: utf-8
"""zip() stops at the shortest input; zip_longest() pads."""

#end_pymotw_header
from itertools import zip_longest

names = ['ann', 'bob', 'cy']
scores = [90, 85]

print(list(zip(names, scores, strict=False)))
print(list(zip_longest(names, scores)))
print(list(zip_longest(names, scores, fillvalue=0)))
