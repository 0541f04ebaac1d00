#!/usr/bin/env python3
# encoding: utf-8
"""Integers in other bases, with prefixes and grouping."""

#end_pymotw_header
number = 0xC0FFEE

for spec in ("d", ",d", "b", "_b", "o", "#o", "x", "X", "#x", "#_x"):
    print(f"{spec!r:6} {number:{spec}}")

print(f"{255:#06x}  {5:03d}  {1_000_000:,}  {-7:+}  {7:+}")
print(f"{65:c} {0xE9:c} {0x3A9:c}")
