#!/usr/bin/env python3
# encoding: utf-8
"""total_ordering fills in the comparisons from __eq__ and one other."""

#end_pymotw_header
import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(part) for part in text.split("."))

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts


a, b = Version("3.9"), Version("3.11")
print(f"{a} < {b}: {a < b}")
print(f"{a} >= {b}: {a >= b}")
print(f"{a} <= {a}: {a <= a}")
added = [name for name in ("__le__", "__gt__", "__ge__")
         if name in vars(Version)]
print("added by total_ordering:", added)
print(sorted([Version("3.15"), a, b, Version("3.0")]))
print(max(a, b))
try:
    print(a < "3.10")
except TypeError as error:
    print("TypeError:", error)
