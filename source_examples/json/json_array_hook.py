#!/usr/bin/env python3
# encoding: utf-8
"""Turning decoded arrays into other types with array_hook."""

#end_pymotw_header
import json

text = '{"route": [[0, 0], [3, 4], [0, 0]], "tags": ["a", "b"]}'


def to_tuple(items):
    """Called with every decoded array, as a list, innermost first."""
    print('hook:', items)
    return tuple(items)


data = json.loads(text, array_hook=to_tuple)
print()
print(data)
print('distinct points:', set(data['route']))
