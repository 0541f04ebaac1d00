#!/usr/bin/env python3
# encoding: utf-8
"""re.PatternError, the new name of re.error (Python 3.13)."""

#end_pymotw_header
import re

print(re.PatternError is re.error)
try:
    re.compile(r"[z-a]")
except re.PatternError as error:
    print(f"{type(error).__name__}: {error}")
    print("pattern:", error.pattern)
    print("line:", error.lineno, "column:", error.colno)

multiline = "(?x)\n  (\\d+)\n  [z-a]"
try:
    re.compile(multiline)
except re.PatternError as error:
    print(f"{error}")
