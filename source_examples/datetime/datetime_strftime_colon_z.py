#!/usr/bin/env python3
# encoding: utf-8
"""The %:z code writes the UTC offset with a colon."""

#end_pymotw_header
from datetime import datetime, timedelta, timezone

moment = datetime(2024, 7, 4, 16, 5,
                  tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(moment.strftime("%z"))
print(moment.strftime("%:z"))
