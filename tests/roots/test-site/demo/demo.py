#!/usr/bin/env python3
"""Says hello."""

#end_pymotw_header
print("hello")
