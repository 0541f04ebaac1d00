#!/usr/bin/env python3
# encoding: utf-8
"""Seeing every key with object_pairs_hook."""

#end_pymotw_header
import json

text = '{"user": "alice", "role": "dev", "user": "eve"}'


def reject_duplicates(pairs):
    """Build a dict, refusing keys that appear twice."""
    result = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f'duplicate key {key!r}')
        result[key] = value
    return result


print('default', json.loads(text))
print('pairs  ', json.loads(text, object_pairs_hook=list))
try:
    json.loads(text, object_pairs_hook=reject_duplicates)
except ValueError as err:
    print('checked', err)
