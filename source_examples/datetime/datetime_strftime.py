#!/usr/bin/env python3
# encoding: utf-8
"""Formatting with strftime() codes and in f-strings."""

#end_pymotw_header
from datetime import datetime, timedelta, timezone

moment = datetime(2024, 7, 4, 16, 5, 9,
                  tzinfo=timezone(timedelta(hours=-4), "EDT"))
formats = [
    "%Y-%m-%d %H:%M:%S",
    "%d/%m/%y %I:%M %p",
    "%A %d %B %Y",
    "%a %b %d, week %W, day %j",
    "%Y-%m-%dT%H:%M:%S%z",
    "%Z",
    "%G-W%V-%u",
    "%% is a percent sign",
]
for fmt in formats:
    print(f"{fmt:28} {moment.strftime(fmt)}")

print(f"{moment:%H:%M on %d %b}")
print(f"{moment.date():%Y/%m/%d}")
