#!/usr/bin/env python3
# encoding: utf-8
"""The registered dialects and their settings."""

#end_pymotw_header
import csv

attributes = ["delimiter", "quotechar", "doublequote", "escapechar",
              "lineterminator", "quoting", "skipinitialspace", "strict"]
QUOTING = {csv.QUOTE_MINIMAL: "MINIMAL", csv.QUOTE_ALL: "ALL"}
names = sorted(csv.list_dialects())
print(f"{'':17}" + "".join(f"{name:>11}" for name in names))
for attribute in attributes:
    values = [getattr(csv.get_dialect(name), attribute) for name in names]
    if attribute == "quoting":
        values = [QUOTING[value] for value in values]
    print(f"{attribute:17}" + "".join(f"{v!r:>11}" for v in values))
