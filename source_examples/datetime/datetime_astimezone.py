#!/usr/bin/env python3
# encoding: utf-8
"""One instant, shown on the clocks of several cities."""

#end_pymotw_header
from datetime import datetime
from zoneinfo import ZoneInfo

call = datetime(2024, 11, 20, 9, 0, tzinfo=ZoneInfo("America/New_York"))
for key in ("UTC", "Europe/London", "Asia/Kolkata", "Australia/Sydney"):
    local = call.astimezone(ZoneInfo(key))
    print(f"{key:18} {local:%a %d %b %H:%M} {local.tzname()}")

print("all equal:", call == call.astimezone(ZoneInfo("Asia/Kolkata")))
