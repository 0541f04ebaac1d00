#!/usr/bin/env python3
# encoding: utf-8
"""Pretty-printing with indent and sort_keys."""

#end_pymotw_header
import json

record = {
    'name': 'widget',
    'sizes': [10, 20],
    'price': {'currency': 'EUR', 'amount': 4.5},
    'active': True,
}

print('indent=2:')
print(json.dumps(record, indent=2))
print()
print('indent=2, sort_keys=True:')
print(json.dumps(record, indent=2, sort_keys=True))
