#!/usr/bin/env python3
# encoding: utf-8
"""Every field is a string: converting while reading."""

#end_pymotw_header
import csv
from decimal import Decimal

with open("products.csv", newline="", encoding="utf-8") as file:
    reader = csv.reader(file)
    header = next(reader)
    print("header:", header)
    total = Decimal(0)
    for id_, name, price, stock in reader:
        value = Decimal(price) * int(stock)
        total += value
        print(f"{int(id_):2} {name!r:24} {value:>8}")
print("stock value:", total)
