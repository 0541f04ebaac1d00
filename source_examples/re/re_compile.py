#!/usr/bin/env python3
# encoding: utf-8
"""A compiled pattern: reuse, attributes, and searching part of a string."""

#end_pymotw_header
import re

word = re.compile(r"\b[a-z]+\b", re.IGNORECASE)
print(word)
print("pattern:", word.pattern, "flags include IGNORECASE:",
      bool(word.flags & re.IGNORECASE))

text = "The Quick brown fox"
print(word.findall(text))
# pos and endpos limit the search without slicing the string.
match = word.search(text, 4)
print(match.group(), match.span())
print(word.findall(text, 4, 15))
# Module functions compile too, and keep recent patterns in a cache.
print(re.compile(r"\d+") is re.compile(r"\d+"))
