#!/usr/bin/env python3
# encoding: utf-8
"""Flags change how a pattern matches; inline flags put them in the pattern."""

#end_pymotw_header
import re

text = "First line\nsecond Line\nthird LINE"
print(re.findall(r"line", text))
print(re.findall(r"line", text, flags=re.IGNORECASE))
# ^ and $ match at each line with MULTILINE.
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, flags=re.MULTILINE))
# . matches a newline too with DOTALL.
print(re.search(r"First.*second", text))
print(re.search(r"First.*second", text, flags=re.DOTALL))
# Combined with |, or written in the pattern itself:
print(re.findall(r"^\w+ line$", text, flags=re.I | re.M))
print(re.findall(r"(?im)^\w+ line$", text))
# A scoped flag applies to one part only.
print(re.findall(r"\b[a-z]+ (?i:line)", text))
