#!/usr/bin/env python3
# encoding: utf-8
"""Which Python type each TOML type becomes."""

#end_pymotw_header
import tomllib

with open("types.toml", "rb") as file:
    data = tomllib.load(file)

for key, value in data.items():
    shown = repr(value) if isinstance(value, str) else str(value)
    print(f"{key:16} {type(value).__name__:9} {shown}")
