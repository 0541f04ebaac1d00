#!/usr/bin/env python3
# encoding: utf-8
"""date.strptime() and time.strptime() return the right type."""

#end_pymotw_header
from datetime import date, time

print(repr(date.strptime("04.07.2024", "%d.%m.%Y")))
# Codes for the other half are read, then dropped.
print(repr(date.strptime("04.07.2024 16:05", "%d.%m.%Y %H:%M")))
print(repr(time.strptime("4:05 PM", "%I:%M %p")))

