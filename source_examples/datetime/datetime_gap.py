#!/usr/bin/env python3
# encoding: utf-8
"""A time skipped by the spring change does not exist."""

#end_pymotw_header
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

new_york = ZoneInfo("America/New_York")
missing = datetime(2024, 3, 10, 2, 30, tzinfo=new_york)
print("asked for:", missing, missing.tzname())

through_utc = missing.astimezone(UTC).astimezone(new_york)
print("round trip:", through_utc, through_utc.tzname())


def exists(moment):
    """True if the wall time survives a round trip through UTC."""
    back = moment.astimezone(UTC).astimezone(moment.tzinfo)
    return back.replace(tzinfo=None) == moment.replace(tzinfo=None)


for hour in (1, 2, 3):
    moment = datetime(2024, 3, 10, hour, 30, tzinfo=new_york)
    print(f"{moment:%H:%M} exists: {exists(moment)}")
