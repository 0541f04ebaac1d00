#!/usr/bin/env python3
# encoding: utf-8
"""A day of the month without a year is ambiguous."""

#end_pymotw_header
import warnings
from datetime import datetime

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        print(datetime.strptime("03-14", "%m-%d"))
        print(datetime.strptime("02-29", "%m-%d"))
    except ValueError as error:
        print("ValueError:", error)
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")

# The fix: put a year in the text and in the format.
print(datetime.strptime("2024 02-29", "%Y %m-%d").date())
