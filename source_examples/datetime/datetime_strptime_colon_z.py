#!/usr/bin/env python3
# encoding: utf-8
"""strptime() reads offsets written with %:z."""

#end_pymotw_header
from datetime import datetime

text = "2024-07-04 16:05 +05:30"
moment = datetime.strptime(text, "%Y-%m-%d %H:%M %:z")
print(moment)
print(moment.utcoffset())
