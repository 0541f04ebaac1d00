#!/usr/bin/env python3
# encoding: utf-8
"""product() is a nested for loop in one call."""

#end_pymotw_header
from itertools import product

sizes = ['S', 'M']
colors = ['red', 'blue']
print(list(product(sizes, colors)))

nested = [(size, color) for size in sizes for color in colors]
print('same as the nested loops:', nested == list(product(sizes, colors)))

bits = product('01', repeat=3)
print(' '.join(''.join(row) for row in bits))
