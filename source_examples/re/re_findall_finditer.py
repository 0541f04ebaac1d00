#!/usr/bin/env python3
# encoding: utf-8
"""findall returns every match as a string, finditer as match objects."""

#end_pymotw_header
import re

text = "Call 555-0100 or 555-0199; fax 555-0142."
phone = r"\d{3}-\d{4}"
print(re.findall(phone, text))
for match in re.finditer(phone, text):
    print(f"{match.group()} at {match.start():2}-{match.end()}")

# Matches never overlap: the search resumes after the previous match.
print(re.findall(r"aa", "aaaaa"))
