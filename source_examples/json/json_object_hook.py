#!/usr/bin/env python3
# encoding: utf-8
"""Turning decoded objects into other types with object_hook."""

#end_pymotw_header
import fractions
import json

text = (
    '{"part": {"__fraction__": [1, 3]},'
    ' "z": {"__complex__": [0.0, 1.0]},'
    ' "tag": {"x": 1}}'
)


def from_json(obj):
    """Called with every decoded object, innermost first."""
    print('hook:', obj)
    if '__fraction__' in obj:
        return fractions.Fraction(*obj['__fraction__'])
    if '__complex__' in obj:
        return complex(*obj['__complex__'])
    return obj


data = json.loads(text, object_hook=from_json)
print()
print(data)
