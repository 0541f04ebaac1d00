#!/usr/bin/env python3
"""Prints the same on every Python."""

#end_pymotw_header
print("hello")
