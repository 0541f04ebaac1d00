#!/usr/bin/env python3
# encoding: utf-8
"""Checking integers and constants while parsing."""

#end_pymotw_header
import json


def small_int(text):
    """Refuse integers longer than 18 digits."""
    if len(text.lstrip('-')) > 18:
        raise ValueError(f'integer too large: {text[:10]}...')
    return int(text)


def no_constants(name):
    """Refuse NaN, Infinity and -Infinity."""
    raise ValueError(f'{name} is not standard JSON')


documents = [
    '{"id": 1234, "count": -7}',
    '{"id": 12345678901234567890123}',
    '{"id": 1, "score": NaN}',
]
for doc in documents:
    try:
        print(json.loads(doc, parse_int=small_int,
                         parse_constant=no_constants))
    except ValueError as err:
        print('ValueError:', err)
