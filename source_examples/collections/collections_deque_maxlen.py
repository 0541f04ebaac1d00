#!/usr/bin/env python3
# encoding: utf-8
"""A bounded deque keeps the last few items."""

#end_pymotw_header
import collections

with open('poem.txt', encoding='utf-8') as f:
    last_two = collections.deque(f, maxlen=2)
for line in last_two:
    print(line, end='')

window = collections.deque(maxlen=3)
for reading in [10, 12, 11, 30, 31, 29]:
    window.append(reading)   # the oldest drops off the left
    print(list(window), f'mean {sum(window) / len(window):.1f}')
