#!/usr/bin/env python3
# encoding: utf-8
"""With groups, findall returns the groups instead of the whole match."""

#end_pymotw_header
import re

text = "width=640 height=480 depth=24"
print(re.findall(r"\w+=\d+", text))
print(re.findall(r"(\w+)=\d+", text))
print(re.findall(r"(\w+)=(\d+)", text))
print(dict(re.findall(r"(\w+)=(\d+)", text)))
print([m.group(0) for m in re.finditer(r"(\w+)=(\d+)", text)])
