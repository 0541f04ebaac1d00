#!/usr/bin/env python3
# encoding: utf-8
"""Signs, precision, grouping and the float types."""

#end_pymotw_header
value = 1234567.891

for spec in ("", ".2f", ",.2f", "_.2f", ".3e", ".3g", ".3%", "+.1f", " .1f"):
    print(f"{spec!r:8} {value:{spec}}")

print()
small = 0.000123456
for spec in (".3g", ".3f", ".3e"):
    print(f"{spec!r:8} {small:{spec}}")

print()
print(f"{-0.0001:.2f} but {-0.0001:z.2f}")
