#!/usr/bin/env python3
# encoding: utf-8
"""The quoting modes of the writer."""

#end_pymotw_header
import csv
import io

row = ["text", 42, 3.5, "", None, "a,b"]
modes = [
    "QUOTE_MINIMAL",
    "QUOTE_ALL",
    "QUOTE_NONNUMERIC",
    "QUOTE_STRINGS",
    "QUOTE_NOTNULL",
]
for name in modes:
    buffer = io.StringIO()
    csv.writer(buffer, quoting=getattr(csv, name)).writerow(row)
    print(f"{name:17} {buffer.getvalue()!r}")
