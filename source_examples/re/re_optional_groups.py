#!/usr/bin/env python3
# encoding: utf-8
"""Groups that took no part in the match, and groups that capture nothing."""

#end_pymotw_header
import re

# A port is optional; (?:...) groups without capturing.
address = re.compile(r"(?:https?://)?([\w.]+)(?::(\d+))?")
for text in ["https://example.com:8443", "example.org"]:
    match = address.fullmatch(text)
    print(text)
    print("  groups():            ", match.groups())
    print("  groups(default='80'):", match.groups(default="80"))
print("capturing groups:", address.groups)
