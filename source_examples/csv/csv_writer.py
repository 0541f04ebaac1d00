#!/usr/bin/env python3
# encoding: utf-8
"""Writing rows, with quoting done for you."""

#end_pymotw_header
import csv

rows = [
    ("id", "name", "price"),
    (1, "kettle", 24.9),
    (2, "mug, large", 6.5),
    (3, 'teapot "Earl"', None),
    (4, "tray\nwith handles", 15),
]
with open("out.csv", "w", newline="", encoding="utf-8") as file:
    writer = csv.writer(file)
    writer.writerow(rows[0])
    writer.writerows(rows[1:])

with open("out.csv", "rb") as file:
    for line in file:
        print(line)
