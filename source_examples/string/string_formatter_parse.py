#!/usr/bin/env python3
# encoding: utf-8
"""How Formatter.parse() splits a format string."""

#end_pymotw_header
from string import Formatter

text = "{0} has {count:>3d} items, total {total!r:.6} ({{not a field}})"
for literal, field, spec, conversion in Formatter().parse(text):
    print(f"{literal!r:16} {field!r:8} {spec!r:8} {conversion!r}")
