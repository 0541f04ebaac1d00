#!/usr/bin/env python3
# encoding: utf-8
"""Dictionary keys always become strings."""

#end_pymotw_header
import json

data = {
    'text': 'str',
    1: 'int',
    2.5: 'float',
    None: 'None',
    False: 'bool',
}
print(json.dumps(data, indent=2))

points = {(0, 0): 'origin', 'label': 'grid'}
try:
    json.dumps(points)
except TypeError as err:
    print('TypeError:', err)
print('skipkeys=True:', json.dumps(points, skipkeys=True))
