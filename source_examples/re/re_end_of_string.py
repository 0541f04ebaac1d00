#!/usr/bin/env python3
# encoding: utf-8
"""The end of the text: $, \\Z, and \\z (Python 3.14)."""

#end_pymotw_header
import re

for text in ["done", "done\n"]:
    print(repr(text))
    for pattern in [r"done$", r"done\Z", r"done\z"]:
        found = re.search(pattern, text)
        print(f"  {pattern:8}", "matches" if found else "no match")
