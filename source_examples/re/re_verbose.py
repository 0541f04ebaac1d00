#!/usr/bin/env python3
# encoding: utf-8
"""A verbose pattern can be laid out over lines, with comments."""

#end_pymotw_header
import re

phone = re.compile(
    r"""
    (?:\+(?P<country>\d{1,3})[ ]?)?   # optional country code
    \(? (?P<area>\d{3}) \)?           # area code, maybe in parentheses
    [ .-]?
    (?P<number>\d{3}[ .-]?\d{4})      # the local number
    """,
    re.VERBOSE,
)
for text in ["(555) 010-0199", "+1 555.010.0199", "5550100199", "555-01"]:
    match = phone.fullmatch(text)
    if match:
        fields = " ".join(f"{k}={v}" for k, v in match.groupdict().items())
        print(f"{text:16} {fields}")
    else:
        print(f"{text:16} no match")
