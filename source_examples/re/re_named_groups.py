#!/usr/bin/env python3
# encoding: utf-8
"""Named groups, groupdict, and a backreference to a name."""

#end_pymotw_header
import re

log_line = "2024-10-07 12:00:03 WARNING disk /var is 91% full"
pattern = re.compile(
    r"(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) (?P<message>.*)"
)
match = pattern.search(log_line)
print(match.group("level"), "|", match["message"])
for name, value in match.groupdict().items():
    print(f"  {name:8} {value!r}")
print("group names:", pattern.groupindex)

# (?P=name) matches the same text the group matched: a doubled word.
doubled = re.compile(r"\b(?P<word>\w+) (?P=word)\b")
for found in doubled.finditer("it was the the best of of times"):
    print("doubled:", found.group("word"), "at", found.start())
