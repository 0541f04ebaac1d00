#!/usr/bin/env python3
# encoding: utf-8
"""copy.replace() works on date, time and datetime objects."""

#end_pymotw_header
import copy
from datetime import date, datetime, time

print(copy.replace(date(2024, 5, 17), day=1))
print(copy.replace(time(8, 15), minute=0))
print(copy.replace(datetime(2024, 5, 17, 8, 15), year=2025))
