#!/usr/bin/env python3
# encoding: utf-8
"""Format specifications built from values at run time."""

#end_pymotw_header
values = [3.14159, 2.71828, 1.41421]

for width, precision in ((8, 2), (10, 4)):
    cells = [f"{value:>{width}.{precision}f}" for value in values]
    print("|".join(cells))

align = "^"
print(f"[{'centred':{align}{20}}]")

# str.format() and format() take the same specifications.
print("{:>{}}|".format("right", 10))
print(format(0.5, ".0%"), format("x", "*^5"))
