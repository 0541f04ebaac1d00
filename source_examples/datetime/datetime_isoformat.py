#!/usr/bin/env python3
# encoding: utf-8
"""Writing ISO 8601 text with isoformat()."""

#end_pymotw_header
from datetime import UTC, datetime, timedelta, timezone

moment = datetime(2024, 7, 4, 16, 5, 9, 250_000)
print(moment.isoformat())
print(moment.isoformat(sep=" "))
for timespec in ("hours", "minutes", "seconds", "milliseconds"):
    print(f"{timespec:>12}: {moment.isoformat(timespec=timespec)}")

print(moment.replace(tzinfo=UTC).isoformat())
print(moment.replace(tzinfo=timezone(timedelta(hours=-4))).isoformat())
print(moment.date().isoformat(), moment.time().isoformat())
print("isocalendar:", moment.isocalendar())
