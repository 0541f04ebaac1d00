#!/usr/bin/env python3
# encoding: utf-8
"""The quoting modes tell the reader what to convert."""

#end_pymotw_header
import csv

line = '"text",42,3.5,"",,"a,b"'
for name in ("QUOTE_MINIMAL", "QUOTE_NONNUMERIC", "QUOTE_STRINGS",
             "QUOTE_NOTNULL"):
    row = next(csv.reader([line], quoting=getattr(csv, name)))
    print(f"{name:17} {row}")
