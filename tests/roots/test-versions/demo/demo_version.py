#!/usr/bin/env python3
"""Prints the version running it."""

#end_pymotw_header
import sys

print("running on", sys.version_info[:2])
