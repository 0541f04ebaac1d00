#!/usr/bin/env python3
# encoding: utf-8
"""Naming a dialect for files of one kind."""

#end_pymotw_header
import csv

csv.register_dialect("pipes", delimiter="|", lineterminator="\n",
                     quoting=csv.QUOTE_MINIMAL)

with open("users.txt", newline="") as file:
    rows = list(csv.reader(file, dialect="pipes"))
for row in rows:
    print(row)

with open("users_copy.txt", "w", newline="") as file:
    writer = csv.writer(file, dialect="pipes")
    writer.writerows(rows + [["c|d", "user", "2024"]])
with open("users_copy.txt") as file:
    print(file.read(), end="")

# Keyword arguments override single settings of a dialect.
print(next(csv.reader(["a;b|c"], dialect="pipes", delimiter=";")))

try:
    csv.register_dialect("broken", delimiter="||")
except TypeError as error:
    print("TypeError:", error)
