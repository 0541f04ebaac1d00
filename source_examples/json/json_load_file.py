#!/usr/bin/env python3
# encoding: utf-8
"""Reading a JSON document from a file with load()."""

#end_pymotw_header
import json

with open('settings.json', encoding='utf-8') as f:
    settings = json.load(f)

for key, value in settings.items():
    print(f'{key:<13} {value!r}')
