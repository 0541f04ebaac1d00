#!/usr/bin/env python3
# encoding: utf-8
"""Reading TOML floats as Decimal."""

#end_pymotw_header
import tomllib
from decimal import Decimal

text = "price = 0.1\ntax = 0.2\n"
as_float = tomllib.loads(text)
as_decimal = tomllib.loads(text, parse_float=Decimal)
print(as_float, sum(as_float.values()))
print(as_decimal, sum(as_decimal.values()))
