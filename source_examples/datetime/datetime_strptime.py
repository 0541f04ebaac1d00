#!/usr/bin/env python3
# encoding: utf-8
"""Parsing text in a known layout with strptime()."""

#end_pymotw_header
from datetime import datetime

samples = [
    ("04/07/2024 16:05", "%d/%m/%Y %H:%M"),
    ("Thursday 4 July 2024", "%A %d %B %Y"),
    ("2024-07-04T16:05:09+0200", "%Y-%m-%dT%H:%M:%S%z"),
    ("4 Jul 24, 4:05 PM", "%d %b %y, %I:%M %p"),
]
for text, fmt in samples:
    print(f"{text:26} {datetime.strptime(text, fmt)}")

try:
    datetime.strptime("2024-07-04 16h05", "%Y-%m-%d %H:%M")
except ValueError as error:
    print("ValueError:", error)
