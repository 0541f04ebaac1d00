#!/usr/bin/env python3
# encoding: utf-8
"""The notes that locate an object json cannot encode (3.14+)."""

#end_pymotw_header
import json

order = {
    'id': 17,
    'lines': [
        {'sku': 'A-1', 'quantity': 2},
        {'sku': 'B-7', 'quantity': 1, 'options': {'gift', 'express'}},
    ],
}

try:
    json.dumps(order)
except TypeError as err:
    print('TypeError:', err)
    for note in err.__notes__:
        print('  note:', note)
