#!/usr/bin/env python3
# encoding: utf-8
"""TOML 1.1 syntax that Python 3.15 accepts."""

#end_pymotw_header
import tomllib

documents = [
    'point = { x = 1,\n          y = 2, }',
    'bell = "\\e[1m bold \\xe9"',
    "alarm = 07:30",
    "meeting = 2024-07-04 16:05",
]
for text in documents:
    try:
        print(tomllib.loads(text))
    except tomllib.TOMLDecodeError as error:
        print("TOMLDecodeError:", error)
