#!/usr/bin/env python3
# encoding: utf-8
"""A bad pattern raises an error that says what is wrong and where."""

#end_pymotw_header
import re

bad_patterns = [
    r"(\d+",
    r"\d+)",
    r"[a-",
    r"x{5,2}",
    r"a**",
    r"(?P<n>a)(?P<n>b)",
    r"\p{L}",
    r"(?<=a+)b",
]
for pattern in bad_patterns:
    try:
        re.compile(pattern)
    except re.error as error:
        print(pattern)
        if error.pos is not None:
            print(" " * error.pos + "^")
        print(f"  {error.msg} (pos={error.pos})")

try:
    re.sub(r"(\w+)", r"\2", "text")
except re.error as error:
    print(f"replacement: {error}")
    print("class:", f"{type(error).__module__}.{type(error).__name__}")
