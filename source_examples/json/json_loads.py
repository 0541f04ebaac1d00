#!/usr/bin/env python3
# encoding: utf-8
"""Parsing JSON text into Python objects."""

#end_pymotw_header
import json

text = """
{
  "name": "widget",
  "price": 9.5,
  "stock": 12,
  "tags": ["blue", "small"],
  "discontinued": false,
  "supplier": null
}
"""

product = json.loads(text)
for key, value in product.items():
    print(f'{key:<13} {type(value).__name__:<9} {value!r}')

# Bytes are accepted too, in UTF-8, UTF-16 or UTF-32.
print()
print(json.loads(b'{"city": "Z\xc3\xbcrich"}'))
print(json.loads('["utf-16"]'.encode('utf-16')))
