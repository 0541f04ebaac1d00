#!/usr/bin/env python3
# encoding: utf-8
"""Width, alignment and fill in format specifications."""

#end_pymotw_header
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelon", 1, 3.2)]

print(f"{'item':<12}|{'qty':^5}|{'price':>8}|")
print(f"{'':-<12}+{'':-^5}+{'':->8}|")
for name, quantity, price in rows:
    print(f"{name:<12}|{quantity:^5}|{price:>8.2f}|")

print(f"{'title':*^21}")
print(f"[{-42:=8}] [{-42:>8}] [{-42:08}]")
print(f"[{'abc':5}] [{123:5}]   strings left, numbers right")
