#!/usr/bin/env python3
# encoding: utf-8
"""The ways to build and change a Counter."""

#end_pymotw_header
import collections

print(collections.Counter('abracadabra'))
print(collections.Counter({'red': 2, 'blue': 1}))
print(collections.Counter(red=2, blue=1))

stock = collections.Counter(apples=3, pears=1)
stock.update(['apples', 'plums'])      # add counts
stock.update({'pears': 4})
print('after update:  ', stock)
stock.subtract(apples=5)                # counts may go below zero
print('after subtract:', stock)
print('elements:', sorted(stock.elements()))
del stock['apples']
print('after del:     ', stock)
