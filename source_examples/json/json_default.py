#!/usr/bin/env python3
# encoding: utf-8
"""Encoding other types with the default= hook."""

#end_pymotw_header
import datetime
import decimal
import json


def to_json(obj):
    """Called for each object json cannot encode by itself."""
    if isinstance(obj, datetime.date):
        return obj.isoformat()
    if isinstance(obj, decimal.Decimal):
        return str(obj)
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    raise TypeError(f'cannot encode {type(obj).__name__} as JSON')


order = {
    'placed': datetime.date(2024, 3, 15),
    'shipped': datetime.datetime(2024, 3, 16, 9, 30),
    'total': decimal.Decimal('19.99'),
    'tags': {'gift', 'express'},
}

try:
    json.dumps(order)
except TypeError as err:
    print('without default:', err)

print(json.dumps(order, default=to_json, indent=2))

try:
    json.dumps({'impedance': 3 + 4j}, default=to_json)
except TypeError as err:
    print('still unsupported:', err)
