#!/usr/bin/env python3
# encoding: utf-8
"""starmap() unpacks each item into the arguments of a call."""

#end_pymotw_header
import operator
from itertools import starmap

print(list(map(pow, [2, 3, 10], [5, 2, 3])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))

sizes = [(3, 4), (5, 5), (2, 8)]
print('areas:', list(starmap(operator.mul, sizes)))

rooms = [('hall', 3, 4), ('kitchen', 5, 5), ('study', 2, 8)]
for line in starmap('{:<8} {} x {} m'.format, rooms):
    print(line)
