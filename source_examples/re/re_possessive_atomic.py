#!/usr/bin/env python3
# encoding: utf-8
"""Possessive quantifiers and atomic groups never give back what they took (3.11)."""

#end_pymotw_header
import re

quoted = '"quoted text"'
print("greedy:     ", re.fullmatch(r'".*"', quoted))
print("possessive: ", re.fullmatch(r'".*+"', quoted))

print(re.search(r"\d+\d", "2024"))
print(re.search(r"\d++\d", "2024"))

# Inside an atomic group, the first alternative that fits is final.
for pattern in [r"(?:a|ab)c", r"(?>a|ab)c", r"(?>ab|a)c"]:
    match = re.search(pattern, "abc")
    print(f"{pattern:10}", match.group() if match else "no match")
