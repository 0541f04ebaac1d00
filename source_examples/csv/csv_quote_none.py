#!/usr/bin/env python3
# encoding: utf-8
"""QUOTE_NONE with an escape character."""

#end_pymotw_header
import csv
import io

row = ["a,b", 'say "hi"', "plain"]

buffer = io.StringIO()
writer = csv.writer(buffer, quoting=csv.QUOTE_NONE, escapechar="\\")
writer.writerow(row)
print(repr(buffer.getvalue()))
print(next(csv.reader([buffer.getvalue()], quoting=csv.QUOTE_NONE,
                      escapechar="\\")))

buffer = io.StringIO()
csv.writer(buffer, doublequote=False, escapechar="\\").writerow(row)
print(repr(buffer.getvalue()))

try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(row)
except csv.Error as error:
    print("csv.Error:", error)
