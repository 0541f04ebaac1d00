#!/usr/bin/env python3
# encoding: utf-8
"""Exact decimal numbers with parse_float."""

#end_pymotw_header
import decimal
import json

text = '{"price": 0.1, "quantity": 3, "total": 0.3}'

order = json.loads(text)
computed = order['price'] * order['quantity']
print('float:  ', computed, computed == order['total'])

order = json.loads(text, parse_float=decimal.Decimal)
computed = order['price'] * order['quantity']
print('Decimal:', computed, computed == order['total'])
for key, value in order.items():
    print(f'  {key}: {value!r}')
