#!/usr/bin/env python3
# encoding: utf-8
"""Rows with too many or too few fields."""

#end_pymotw_header
import csv

with open("ragged.csv", newline="") as file:
    for row in csv.DictReader(file, restkey="extra", restval="0"):
        print(row)

with open("ragged.csv", newline="") as file:
    next(file)  # skip the file's header line and name the fields here
    for row in csv.DictReader(file, fieldnames=["code", "count"]):
        print(row)
