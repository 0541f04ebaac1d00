#!/usr/bin/env python3
# encoding: utf-8
"""Building dates and reading their parts."""

#end_pymotw_header
from datetime import date

release = date(2024, 10, 7)
print("date:     ", release)
print("repr:     ", repr(release))
print("parts:    ", release.year, release.month, release.day)
print("weekday:  ", release.weekday(), "(Monday is 0)")
print("isoweekday:", release.isoweekday(), "(Monday is 1)")
print("ordinal:  ", release.toordinal())
print("from it:  ", date.fromordinal(release.toordinal() + 30))
print("range:    ", date.min, "to", date.max)

try:
    date(2023, 2, 29)
except ValueError as error:
    print("2023-02-29:", error)
