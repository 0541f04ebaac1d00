#!/usr/bin/env python3
# encoding: utf-8
"""An ambiguous time happens twice; fold picks which."""

#end_pymotw_header
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

new_york = ZoneInfo("America/New_York")
first = datetime(2024, 11, 3, 1, 30, tzinfo=new_york)
second = first.replace(fold=1)
for moment in (first, second):
    print(f"fold={moment.fold}: {moment} {moment.tzname()}"
          f" = {moment.astimezone(UTC):%H:%M} UTC")

print("equal:", first == second)

# Walking through the night in UTC shows 1:xx twice.
start = datetime(2024, 11, 3, 4, 30, tzinfo=UTC)
for hours in range(4):
    local = (start + timedelta(hours=hours)).astimezone(new_york)
    print(f"{local:%H:%M} {local.tzname()} fold={local.fold}")
