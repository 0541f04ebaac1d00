#!/usr/bin/env python3
# encoding: utf-8
"""Placeholder reserves a positional slot in a partial (Python 3.14)."""

#end_pymotw_header
from functools import Placeholder, partial

# str.removeprefix(self, prefix): fix the prefix, leave the string open.
strip_scheme = partial(str.removeprefix, Placeholder, "https://")
print(strip_scheme)
print(strip_scheme("https://example.com/"))

# Several placeholders are filled from left to right.
compare = partial(print, Placeholder, "<", Placeholder, "is true")
compare(1, 2)

# A trailing placeholder would add nothing: it is refused.
try:
    partial(print, "a", Placeholder)
except TypeError as error:
    print("TypeError:", error)

# The placeholders must all be filled by the call.
try:
    compare("only one")
except TypeError as error:
    print("TypeError:", error)

# Without a keyword, a positional-only parameter could not be skipped.
try:
    partial(str.removeprefix, prefix="https://")("https://x")
except TypeError as error:
    print("TypeError:", error)
