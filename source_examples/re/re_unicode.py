#!/usr/bin/env python3
# encoding: utf-8
"""Character classes cover all of Unicode, unless re.ASCII says otherwise."""

#end_pymotw_header
import re

text = "naïve café 42 ٤٢ ２０２４"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, flags=re.ASCII))
print(re.findall(r"\d+", text))
print(re.findall(r"[0-9]+", text))
print(re.findall(r"CAFÉ", text, flags=re.IGNORECASE))
