#!/usr/bin/env python3
# encoding: utf-8
"""A deque works at both ends."""

#end_pymotw_header
import collections

line = collections.deque(['b', 'c'])
line.append('d')          # right end
line.appendleft('a')      # left end
print(line)
print(line.pop(), line.popleft(), line)

line.extend('xyz')
line.extendleft('12')     # each one goes to the front: reversed
print(line)

ring = collections.deque(range(6))
ring.rotate(2)
print('rotate(2): ', ring)
ring.rotate(-3)
print('rotate(-3):', ring)
print('ring[0], ring[-1]:', ring[0], ring[-1])
