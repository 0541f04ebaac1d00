#!/usr/bin/env python3
# encoding: utf-8
"""Decoding several values from one string with raw_decode()."""

#end_pymotw_header
import json

text = '{"id": 1} {"id": 2}\n[3, 4]  "five" 6'
decoder = json.JSONDecoder()

try:
    json.loads(text)
except json.JSONDecodeError as err:
    print('loads():', err)

position = 0
while position < len(text):
    if text[position].isspace():  # raw_decode() does not skip it
        position += 1
        continue
    value, end = decoder.raw_decode(text, position)
    print(f'{position:>2}-{end:<2} {value!r}')
    position = end
