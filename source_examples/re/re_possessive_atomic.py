#!/usr/bin/env python3
# encoding: utf-8
"""Possessive quantifiers and atomic groups never give back (Python 3.11)."""

#end_pymotw_header
import re

text = '"quoted text" in 2024'
for pattern in [r'".*"', r'".*+"', r"\d+\d", r"\d++\d"]:
    match = re.search(pattern, text)
    print(f"{pattern:10}", match.group() if match else "no match")

# Inside an atomic group, the first alternative that fits is final.
for pattern in [r"(?:a|ab)c", r"(?>a|ab)c", r"(?>ab|a)c"]:
    match = re.search(pattern, "abc")
    print(f"{pattern:10}", match.group() if match else "no match")
