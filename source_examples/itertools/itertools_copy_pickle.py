#!/usr/bin/env python3
# encoding: utf-8
"""copy and pickle on an itertools object: removed in Python 3.14."""

#end_pymotw_header
import copy
import pickle
import warnings
from itertools import count

# Show the deprecation warnings of 3.12 and 3.13, whatever the options
# Python was started with.
warnings.simplefilter('always', DeprecationWarning)

counter = count(10)
next(counter)

try:
    clone = copy.copy(counter)
except TypeError as err:
    print('copy.copy():    TypeError:', err)
else:
    print('copy.copy():   ', repr(clone))

try:
    data = pickle.dumps(counter)
except TypeError as err:
    print('pickle.dumps(): TypeError:', err)
else:
    print('pickle.dumps():', repr(pickle.loads(data)))
