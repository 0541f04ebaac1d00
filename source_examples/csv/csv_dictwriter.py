#!/usr/bin/env python3
# encoding: utf-8
"""Writing dictionaries with DictWriter."""

#end_pymotw_header
import csv
import sys

orders = [
    {"id": 1, "customer": "ada", "total": 12.5},
    {"id": 2, "customer": "bob"},
    {"id": 3, "customer": "cy", "total": 7, "note": "gift"},
]
writer = csv.DictWriter(sys.stdout, fieldnames=["id", "customer", "total"],
                        restval="n/a", extrasaction="ignore",
                        lineterminator="\n")
writer.writeheader()
writer.writerows(orders)

strict = csv.DictWriter(sys.stdout, fieldnames=["id", "customer", "total"])
try:
    strict.writerow(orders[2])
except ValueError as error:
    print("ValueError:", error)
