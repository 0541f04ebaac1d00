#!/usr/bin/env python3
# encoding: utf-8
"""Let timeit choose how many runs make a measurable total."""

#end_pymotw_header
import timeit

timer = timeit.Timer('sorted(data)', setup='data = list(range(1000))[::-1]')
number, total = timer.autorange()
print(f'{number:,} runs take {total:.3f} s')
print('at least 0.2 s:', total >= 0.2)
print(f'one run: {total / number * 1e6:.1f} usec')
