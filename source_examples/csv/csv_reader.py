#!/usr/bin/env python3
# encoding: utf-8
"""Reading rows from a CSV file."""

#end_pymotw_header
import csv

with open("products.csv", newline="", encoding="utf-8") as file:
    reader = csv.reader(file)
    for row in reader:
        print(reader.line_num, row)
