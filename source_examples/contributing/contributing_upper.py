#!/usr/bin/env python3
# encoding: utf-8
"""Read lines from standard input and shout them back."""

#end_pymotw_header
import sys

for line in sys.stdin:
    print(line.rstrip('\n').upper())
