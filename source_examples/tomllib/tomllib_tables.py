#!/usr/bin/env python3
# encoding: utf-8
"""Tables, dotted keys and arrays of tables."""

#end_pymotw_header
import tomllib
from pprint import pprint

with open("servers.toml", "rb") as file:
    data = tomllib.load(file)

pprint(data, sort_dicts=False, width=64)
print(data["database"]["pool"]["size"])
print([server["name"] for server in data["servers"]])
