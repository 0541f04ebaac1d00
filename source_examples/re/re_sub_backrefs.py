#!/usr/bin/env python3
# encoding: utf-8
"""sub replaces matches; the replacement can refer to the groups."""

#end_pymotw_header
import re

dates = "from 10/07/2024 to 12/25/2024"
us_date = r"(\d{2})/(\d{2})/(\d{4})"
print(re.sub(us_date, r"\3-\1-\2", dates))

named = r"(?P<month>\d{2})/(?P<day>\d{2})/(?P<year>\d{4})"
print(re.sub(named, r"\g<year>-\g<month>-\g<day>", dates))
print(re.sub(r"\d+", r"<\g<0>>", "1 and 22"))
print(re.sub(r"\d+", "#", dates, count=1))

text, count = re.subn(r"\s+", " ", "too   many \t spaces\n here")
print(repr(text), count, "replacements")
