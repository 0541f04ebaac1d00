#!/usr/bin/env python3
# encoding: utf-8
"""Compact output with the separators argument."""

#end_pymotw_header
import json

data = {'id': 7, 'tags': ['a', 'b'], 'size': [640, 480]}

default = json.dumps(data)
compact = json.dumps(data, separators=(',', ':'))

print(f'default ({len(default)} characters):')
print(default)
print(f'compact ({len(compact)} characters):')
print(compact)
print('same data:', json.loads(default) == json.loads(compact))
print()

# With an indent, the item separator drops its trailing space.
for line in json.dumps(data['tags'], indent=1).splitlines():
    print(repr(line))
