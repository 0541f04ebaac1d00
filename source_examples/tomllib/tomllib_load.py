#!/usr/bin/env python3
# encoding: utf-8
"""Reading a TOML file into dictionaries."""

#end_pymotw_header
import tomllib
from pprint import pprint

with open("pyproject.toml", "rb") as file:
    data = tomllib.load(file)

pprint(data, sort_dicts=False, width=60)
