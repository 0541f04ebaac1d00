#!/usr/bin/env python3
# encoding: utf-8
"""What OrderedDict still offers over dict."""

#end_pymotw_header
import collections

plain_a = {'x': 1, 'y': 2}
plain_b = {'y': 2, 'x': 1}
ordered_a = collections.OrderedDict(plain_a)
ordered_b = collections.OrderedDict(plain_b)
print('dict equal:       ', plain_a == plain_b)
print('OrderedDict equal:', ordered_a == ordered_b)
print('mixed equal:      ', ordered_a == plain_b)

steps = collections.OrderedDict.fromkeys('abcde')
steps.move_to_end('b')
print(list(steps))
steps.move_to_end('d', last=False)
print(list(steps))
print(steps.popitem(last=False))   # from the front
print(steps.popitem())             # from the back
