#!/usr/bin/env python3
# encoding: utf-8
"""Named time zones from the IANA database with ZoneInfo."""

#end_pymotw_header
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

new_york = ZoneInfo("America/New_York")
print(repr(new_york), new_york.key)

for month in (1, 7):
    moment = datetime(2024, month, 15, 12, 0, tzinfo=new_york)
    hours = moment.utcoffset() / timedelta(hours=1)
    print(moment, moment.tzname(), f"offset {hours:+}h", "dst", moment.dst())
