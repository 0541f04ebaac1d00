#!/usr/bin/env python3
# encoding: utf-8
"""Parentheses capture parts of a match, numbered from the left."""

#end_pymotw_header
import re

match = re.search(r"(\d{4})-(\d{2})-(\d{2})", "released on 2024-10-07")
print("group():  ", match.group())
print("group(1): ", match.group(1))
print("group(2, 3):", match.group(2, 3))
print("groups(): ", match.groups())
print("span(1):  ", match.span(1))
print("match[3]: ", match[3])
year, month, day = map(int, match.groups())
print(year, month, day)
