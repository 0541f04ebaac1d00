#!/usr/bin/env python3
# encoding: utf-8
"""The algorithms every Python has, and choosing one by name."""

#end_pymotw_header
import hashlib

print(len(hashlib.algorithms_guaranteed), "guaranteed algorithms")
print("also available here:",
      hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
for name in sorted(hashlib.algorithms_guaranteed):
    if name.startswith("shake"):
        continue  # their digest has no fixed size (see below)
    h = hashlib.new(name, b"abc")
    print(f"{name:9} {h.digest_size * 8:4} bits  {h.hexdigest()[:32]}...")

try:
    hashlib.new("sha257")
except ValueError as error:
    print("ValueError:", error)
