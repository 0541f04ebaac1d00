#!/usr/bin/env python3
# encoding: utf-8
"""What changes when data goes to JSON and back."""

#end_pymotw_header
import json

original = {
    'point': (3, 4),
    'medals': {1: 'gold', 2: 'silver'},
    'ratio': 0.1,
    'big': 2**70,
}
copy = json.loads(json.dumps(original))

for key in original:
    print(f'{key:<6} {original[key]!r:<24} {copy[key]!r}')
print('equal after the round trip:', copy == original)

# Two keys that differ in Python can collide in JSON.
clash = {1: 'int key', '1': 'str key'}
text = json.dumps(clash)
print()
print('dumps():', text)
print('loads():', json.loads(text))
