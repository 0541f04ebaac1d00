#!/usr/bin/env python3
# encoding: utf-8
"""A time of day, with no date attached."""

#end_pymotw_header
from datetime import time

opening = time(9, 30)
precise = time(23, 59, 59, 999_999)
print("opening:", opening, repr(opening))
print("precise:", precise)
print("parts:  ", precise.hour, precise.minute, precise.second,
      precise.microsecond)
print("earlier:", opening < precise)
print("range:  ", time.min, "to", time.max)
print("resolution:", repr(time.resolution))

try:
    time(24, 0)
except ValueError as error:
    print("time(24, 0):", error)
