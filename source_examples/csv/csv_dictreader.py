#!/usr/bin/env python3
# encoding: utf-8
"""Rows as dictionaries keyed by the header line."""

#end_pymotw_header
import csv

with open("products.csv", newline="", encoding="utf-8") as file:
    reader = csv.DictReader(file)
    print("fieldnames:", reader.fieldnames)
    for row in reader:
        print(row)

with open("products.csv", newline="", encoding="utf-8") as file:
    empty = [row["name"] for row in csv.DictReader(file)
             if int(row["stock"]) == 0]
print("out of stock:", empty)
