#!/usr/bin/env python3
# encoding: utf-8
"""match anchors at the start, fullmatch at both ends, search nowhere."""

#end_pymotw_header
import re

pattern = r"\d+"
for text in ["2024", "2024 was a year", "in 2024"]:
    results = [
        "yes" if function(pattern, text) else "no"
        for function in (re.search, re.match, re.fullmatch)
    ]
    print(f"{text!r:18} search: {results[0]:3} match: {results[1]:3} "
          f"fullmatch: {results[2]}")
