#!/usr/bin/env python3
# encoding: utf-8
"""ZoneInfo caches zones and rejects unknown keys."""

#end_pymotw_header
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

print("cached:", ZoneInfo("Europe/London") is ZoneInfo("Europe/London"))

for key in ("Europe/Londn", "../etc/passwd"):
    try:
        ZoneInfo(key)
    except ZoneInfoNotFoundError as error:
        print("ZoneInfoNotFoundError:", error)
    except ValueError as error:
        print("ValueError:", error)
print("is a KeyError:", issubclass(ZoneInfoNotFoundError, KeyError))
