#!/usr/bin/env python3
# encoding: utf-8
"""Adding durations to dates and subtracting dates."""

#end_pymotw_header
from datetime import date, datetime, timedelta

invoice = date(2024, 1, 31)
print("due in 30 days:", invoice + timedelta(days=30))
print("a week before: ", invoice - timedelta(weeks=1))

start = datetime(2024, 2, 28, 22, 0)
end = datetime(2024, 3, 1, 6, 30)
elapsed = end - start
print("elapsed:       ", elapsed, type(elapsed).__name__)
print("end is later:  ", end > start)

# There is no "month" in a timedelta: go through replace() instead.
print("next month:    ", invoice.replace(month=2, day=29))
try:
    invoice.replace(month=2)
except ValueError as error:
    print("2024-02-31:    ", error)

# A date plus hours: the time part is ignored.
print("date + 25 h:   ", invoice + timedelta(hours=25))
