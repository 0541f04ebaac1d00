#!/usr/bin/env python3
# encoding: utf-8
"""ISO 8601 allows 24:00 for the end of a day."""

#end_pymotw_header
from datetime import datetime

try:
    print(datetime.fromisoformat("2024-12-31T24:00:00"))
except ValueError as error:
    print("ValueError:", error)
