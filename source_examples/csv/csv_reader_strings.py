#!/usr/bin/env python3
# encoding: utf-8
"""Parsing CSV text that is not in a file."""

#end_pymotw_header
import csv
import io

lines = ['plain,"quoted, with comma",   spaced', 'a,"say ""hi""",b']
for row in csv.reader(lines):
    print(row)
for row in csv.reader(lines, skipinitialspace=True):
    print(row)

text = "x,y\r\n1,2\r\n"
print(list(csv.reader(io.StringIO(text, newline=""))))
