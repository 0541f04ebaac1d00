#!/usr/bin/env python3
# encoding: utf-8
"""JSONDecodeError tells where the text went wrong."""

#end_pymotw_header
import json

documents = [
    "{'name': 'widget'}",
    '{"name": "widget", "price": }',
    '{"name": "widget"} {"name": "gadget"}',
    '{"tags": ["blue", "small",]}',
    '{\n  "debug": true,\n  "level": 3,\n}',
]

for doc in documents:
    try:
        json.loads(doc)
    except json.JSONDecodeError as err:
        line = doc.splitlines()[err.lineno - 1]
        print(f'{err.lineno}: {line}')
        print(' ' * (err.colno + 2) + '^')
        print(f'{err.msg} (char {err.pos})')
        print()

print('a ValueError too:', issubclass(json.JSONDecodeError, ValueError))
