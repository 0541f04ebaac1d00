#!/usr/bin/env python3
# encoding: utf-8
"""search finds the first place where a pattern matches."""

#end_pymotw_header
import re

text = "Order 66 shipped on 2024-03-15, order 67 on 2024-04-02."
match = re.search(r"\d{4}-\d{2}-\d{2}", text)
print(match)
print("found:", match.group(), "at", match.start(), "to", match.end())
print("span:", match.span(), "->", repr(text[slice(*match.span())]))

print(re.search(r"\d{4}/\d{2}", text))
if match := re.search(r"order (\d+)", text):
    print("first order number:", match.group(1))
