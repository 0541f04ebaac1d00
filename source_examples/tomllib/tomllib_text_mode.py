#!/usr/bin/env python3
# encoding: utf-8
"""load() needs a binary file."""

#end_pymotw_header
import tomllib

with open("pyproject.toml", encoding="utf-8") as file:
    try:
        tomllib.load(file)
    except TypeError as error:
        print("TypeError:", error)
