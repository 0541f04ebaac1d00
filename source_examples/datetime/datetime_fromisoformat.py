#!/usr/bin/env python3
# encoding: utf-8
"""Reading ISO 8601 text with fromisoformat()."""

#end_pymotw_header
from datetime import date, datetime, time

texts = [
    "2024-07-04",
    "2024-07-04T16:05",
    "2024-07-04 16:05:09.25",
    "2024-07-04T16:05:09+02:00",
    "2024-07-04T16:05:09Z",
    "20240704T160509",
    "2024-W27-4",
]
for text in texts:
    print(f"{text:26} {datetime.fromisoformat(text)}")

print()
print(repr(date.fromisoformat("2024-07-04")))
print(repr(time.fromisoformat("16:05:09.250")))
