#!/usr/bin/env python3
# encoding: utf-8
"""split cuts a string at every match of a pattern."""

#end_pymotw_header
import re

line = "alpha, beta;gamma  delta,,epsilon"
print(re.split(r"[,;\s]+", line))
print(re.split(r"[,;\s]+", line, maxsplit=2))
# Captured separators are kept in the result.
print(re.split(r"([,;])", "a,b;c"))
# A match at the start gives an empty first item.
print(re.split(r"\s*#\s*", "# title # section"))
print(re.split(r"\b", "one two"))
