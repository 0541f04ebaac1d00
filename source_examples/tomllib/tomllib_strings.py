#!/usr/bin/env python3
# encoding: utf-8
"""The four kinds of TOML strings."""

#end_pymotw_header
import tomllib

with open("strings.toml", "rb") as file:
    data = tomllib.load(file)

for key, value in data.items():
    print(f"{key:10} {value!r}")
