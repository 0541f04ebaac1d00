#!/usr/bin/env python3
# encoding: utf-8
"""Durations: how timedelta stores and shows them."""

#end_pymotw_header
from datetime import timedelta

durations = [
    timedelta(hours=36),
    timedelta(minutes=90, seconds=30),
    timedelta(weeks=1, milliseconds=1),
    timedelta(hours=-1),
    timedelta(days=1.5),
]
for span in durations:
    print(f"{span!s:>22}  {span!r}")

span = timedelta(hours=36)
print()
print("total_seconds():", span.total_seconds())
print("in hours:       ", span / timedelta(hours=1))
print("whole days, rest:", divmod(span, timedelta(days=1)))
print("halved:         ", span / 2)
print("abs(-1 hour):   ", abs(timedelta(hours=-1)))
