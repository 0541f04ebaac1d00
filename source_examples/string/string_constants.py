#!/usr/bin/env python3
# encoding: utf-8
"""The character classes of the string module."""

#end_pymotw_header
import string

names = [
    "ascii_lowercase",
    "ascii_uppercase",
    "ascii_letters",
    "digits",
    "hexdigits",
    "octdigits",
    "punctuation",
    "whitespace",
    "printable",
]
for name in names:
    value = getattr(string, name)
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    print(f"{name:15} {len(value):3}  {shown}")
