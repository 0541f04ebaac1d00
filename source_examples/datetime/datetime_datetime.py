#!/usr/bin/env python3
# encoding: utf-8
"""A date and a time together, and the ways to take one apart."""

#end_pymotw_header
from datetime import date, datetime, time

launch = datetime(2024, 3, 8, 14, 45, 30)
print("datetime:", launch)
print("repr:    ", repr(launch))
print("date():  ", launch.date())
print("time():  ", launch.time())

joined = datetime.combine(date(2024, 3, 8), time(14, 45, 30))
print("combine: ", joined, joined == launch)

print("replace: ", launch.replace(hour=9, minute=0, second=0))
print("midnight:", datetime.combine(launch.date(), time.min))
