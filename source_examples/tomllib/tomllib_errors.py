#!/usr/bin/env python3
# encoding: utf-8
"""What TOMLDecodeError says about bad documents."""

#end_pymotw_header
import tomllib

documents = [
    'name = "tea-timer"\nversion = 1.4.0',
    'name = "a"\nname = "b"',
    "[tool]\nx = 1\n[tool]\ny = 2",
    "colour = 'blue",
    "path = \"C:\\Users\"",
    "dependencies = [\n  'click',\n  'rich'\n",
]
for text in documents:
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        print(error)
