#!/usr/bin/env python3
# encoding: utf-8
"""chain() reads several iterables one after the other."""

#end_pymotw_header
from itertools import chain

print(list(chain('abc', [1, 2], range(3))))

morning = ['wake up', 'coffee']
evening = ('dinner', 'sleep')
for number, task in enumerate(chain(morning, ['work'], evening), 1):
    print(number, task)
