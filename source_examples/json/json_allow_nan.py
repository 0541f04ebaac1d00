#!/usr/bin/env python3
# encoding: utf-8
"""NaN and infinity are not part of standard JSON."""

#end_pymotw_header
import json
import math

values = [1.5, math.nan, math.inf, -math.inf]

text = json.dumps(values)
print('dumps():', text)
print('loads():', json.loads(text))

try:
    json.dumps(values, allow_nan=False)
except ValueError as err:
    print('allow_nan=False raised ValueError:')
    print(' ', err)
