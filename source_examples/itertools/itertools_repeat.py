#!/usr/bin/env python3
# encoding: utf-8
"""repeat() supplies the same object again and again."""

#end_pymotw_header
from itertools import repeat

print(list(repeat('ho', 3)))
print(list(map(pow, range(6), repeat(2))))

for name, greeting in zip(['ann', 'bob'], repeat('hello')):
    print(f'{greeting}, {name}')

rows = list(repeat([], 3))
rows[0].append('x')
print('one list, three times:', rows)
