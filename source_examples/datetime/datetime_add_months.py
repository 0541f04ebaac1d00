#!/usr/bin/env python3
# encoding: utf-8
"""Adding calendar months, clamping to the end of the month."""

#end_pymotw_header
import calendar
from datetime import date


def add_months(day, months):
    """The same day of the month, `months` later (or the last day)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))


start = date(2024, 1, 31)
for months in (1, 2, 3, 12, 13, -2):
    print(f"{months:+3d} months: {add_months(start, months)}")
