#!/usr/bin/env python3
# encoding: utf-8
"""count, maxsplit and flags by keyword: by position is deprecated (3.13)."""

#end_pymotw_header
import re
import warnings

text = "a-b-c-d"
print(re.split("-", text, maxsplit=1))
print(re.sub("-", "+", text, count=2))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(re.split("-", text, 1))  # noqa: B034 (the warning is the lesson)
    print(re.sub("-", "+", text, 2))  # noqa: B034
    # The classic bug: meant as flags, re.IGNORECASE (2) becomes count.
    print(re.sub("x", "-", "xXxXx", re.IGNORECASE))  # noqa: B034
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
