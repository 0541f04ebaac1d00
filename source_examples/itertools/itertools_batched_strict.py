#!/usr/bin/env python3
# encoding: utf-8
"""batched(strict=True) refuses a short last batch."""

#end_pymotw_header
from itertools import batched

points = [1, 5, 2, 7, 3]
for x, y in batched(points, 2, strict=True):
    print(f'point at ({x}, {y})')
