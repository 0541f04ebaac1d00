#!/usr/bin/env python3
# encoding: utf-8
"""Arithmetic on aware datetimes follows the wall clock."""

#end_pymotw_header
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

new_york = ZoneInfo("America/New_York")
before = datetime(2024, 3, 9, 12, 0, tzinfo=new_york)

wall = before + timedelta(days=1)
print("before:        ", before, before.tzname())
print("+ 1 day (wall):", wall, wall.tzname())
print("subtracted:    ", wall - before)
print("real elapsed:  ", wall.astimezone(UTC) - before.astimezone(UTC))

# Do the arithmetic in UTC to add an exact duration.
exact = (before.astimezone(UTC) + timedelta(days=1)).astimezone(new_york)
print("+ 24 h (exact):", exact, exact.tzname())
print("real elapsed:  ", exact.astimezone(UTC) - before.astimezone(UTC))
