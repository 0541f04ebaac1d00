#!/usr/bin/env python3
# encoding: utf-8
"""How Python values are written as JSON text."""

#end_pymotw_header
import json

values = [
    None,
    True,
    False,
    42,
    3.25,
    'say "hi"\n',
    [1, 'two'],
    (1, 'two'),
    {'key': 'value'},
]

for value in values:
    print(f'{value!r:<18} -> {json.dumps(value)}')

text = json.dumps({'name': 'Ada', 'tags': ('admin', 'dev')})
print()
print(type(text))
print(text)
