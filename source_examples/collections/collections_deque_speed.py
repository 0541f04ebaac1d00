#!/usr/bin/env python3
# encoding: utf-8
"""Why a deque, not a list, for a queue: operation counts."""

#end_pymotw_header
import timeit

# Time 1,000 pops from the front of a list and of a deque, both
# holding 50,000 items; compare the two rather than print seconds.
setup = 'import collections; items = {}(range(50_000))'
list_time = min(timeit.repeat(
    'items.pop(0)', setup.format('list'), number=1_000, repeat=3))
deque_time = min(timeit.repeat(
    'items.popleft()', setup.format('collections.deque'),
    number=1_000, repeat=3))
print('list.pop(0) slower than deque.popleft():',
      list_time > 10 * deque_time)
