#!/usr/bin/env python3
# encoding: utf-8
"""Malformed input: lenient by default, strict on request."""

#end_pymotw_header
import csv

broken = ['name,comment', 'ada,"fine"', 'bob,"oops" trailing', 'cy,"open']
for row in csv.reader(broken):
    print(row)
print()

reader = csv.reader(broken, strict=True)
try:
    for row in reader:
        print(row)
except csv.Error as error:
    print(f"line {reader.line_num}: csv.Error: {error}")

reader = csv.reader(["a,b", 'c,"unterminated'], strict=True)
try:
    print(list(reader))
except csv.Error as error:
    print(f"line {reader.line_num}: csv.Error: {error}")
