#!/usr/bin/env python3
# encoding: utf-8
"""Guessing the dialect of an unknown file."""

#end_pymotw_header
import csv

for name in ("weather.csv", "users.txt", "products.csv"):
    with open(name, newline="", encoding="utf-8") as file:
        sample = file.read(1024)
    dialect = csv.Sniffer().sniff(sample)
    header = csv.Sniffer().has_header(sample)
    print(f"{name:13} delimiter={dialect.delimiter!r}"
          f" quotechar={dialect.quotechar!r} header={header}")

with open("weather.csv", newline="") as file:
    dialect = csv.Sniffer().sniff(file.read(1024), delimiters=";,")
    file.seek(0)
    for row in csv.reader(file, dialect):
        print(row)
