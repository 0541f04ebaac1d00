#!/usr/bin/env python3
# encoding: utf-8
"""Naive and aware datetimes do not mix."""

#end_pymotw_header
from datetime import UTC, datetime

naive = datetime(2024, 7, 4, 12, 0)
aware = datetime(2024, 7, 4, 12, 0, tzinfo=UTC)
for name, moment in (("naive", naive), ("aware", aware)):
    print(f"{name}: {moment}  tzinfo={moment.tzinfo}"
          f"  utcoffset()={moment.utcoffset()}")

print("equal?", naive == aware)
try:
    print(naive < aware)
except TypeError as error:
    print("TypeError:", error)
try:
    aware - naive
except TypeError as error:
    print("TypeError:", error)

print("made aware:", naive.replace(tzinfo=UTC) == aware)
