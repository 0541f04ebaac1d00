#!/usr/bin/env python3
# encoding: utf-8
"""re.escape makes any text match itself literally."""

#end_pymotw_header
import re

user_input = "1+1=2? (yes)"
text = "1+1=2? (yes) but 11=2 yes"
found = [match.group() for match in re.finditer(user_input, text)]
print("as a pattern:", found)
print("escaped:", re.escape(user_input))
print(re.findall(re.escape(user_input), text))

# Raw strings keep backslashes for re: "\b" is a backspace in Python.
print(re.findall("\b11\b", text), re.findall(r"\b11\b", text))
