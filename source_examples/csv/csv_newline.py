#!/usr/bin/env python3
# encoding: utf-8
"""Why CSV files are opened with newline=''."""

#end_pymotw_header
import csv

# Text mode translates "\n" on the way out; newline="\r\n" does what
# the default does on Windows, so this shows the same on every system.
for newline in ("", "\r\n"):
    with open("lines.csv", "w", newline=newline) as file:
        csv.writer(file).writerow(["a", "b"])
    with open("lines.csv", "rb") as file:
        print(f"written with newline={newline!r}: {file.read()!r}")

with open("embedded.csv", "w", newline="") as file:
    csv.writer(file).writerow(["line one\r\nline two", "x"])
for newline in ("", None):
    with open("embedded.csv", newline=newline) as file:
        row = next(csv.reader(file))
    print(f"read with newline={newline!r}: {row[0]!r}")
