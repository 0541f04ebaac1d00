#!/usr/bin/env python3
# encoding: utf-8
"""Integers and floats in TOML's notations."""

#end_pymotw_header
import math
import tomllib

text = """
big = 9_223_372_036_854_775_808
octal = 0o755
binary = 0b1010
signed = +17
exponent = 5e-3
minus-infinity = -inf
not-a-number = nan
"""
for key, value in tomllib.loads(text).items():
    print(f"{key:15} {type(value).__name__:6} {value!r}")

print(math.isnan(tomllib.loads("x = nan")["x"]))
