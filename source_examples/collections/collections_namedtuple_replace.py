#!/usr/bin/env python3
# encoding: utf-8
"""copy.replace() works on named tuples (new in Python 3.13)."""

#end_pymotw_header
import collections
import copy

Version = collections.namedtuple('Version', 'major minor micro')
current = Version(3, 14, 0)
print(copy.replace(current, minor=15))
try:
    copy.replace(current, patch=1)
except TypeError as exc:
    print('TypeError:', exc)
