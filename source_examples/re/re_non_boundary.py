#!/usr/bin/env python3
# encoding: utf-8
"""\\b and \\B in a word and in an empty string."""

#end_pymotw_header
import re

for pattern in [r"\b", r"\B"]:
    positions = [match.start() for match in re.finditer(pattern, "ab")]
    print(f"{pattern} in 'ab' at {positions}")
    print(f"{pattern} matches '': {re.search(pattern, '') is not None}")
