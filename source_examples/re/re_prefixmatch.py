#!/usr/bin/env python3
# encoding: utf-8
"""prefixmatch, the explicit name of match (Python 3.15)."""

#end_pymotw_header
import re

print(re.prefixmatch(r"\d+", "2024 was a year"))
print(re.prefixmatch(r"\d+", "in 2024"))

version = re.compile(r"(\d+)\.(\d+)")
print(version.prefixmatch("3.15.0").groups())
print(re.prefixmatch is re.match)
