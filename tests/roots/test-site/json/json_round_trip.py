#!/usr/bin/env python3
"""Dumps a dict and reads it back."""

#end_pymotw_header
import json
from json import JSONDecodeError

text = json.dumps({"a": 1}, sort_keys=True)
print(text, json.loads(text))
try:
    json.loads("{")
except JSONDecodeError as error:
    print("not JSON:", error.msg)
