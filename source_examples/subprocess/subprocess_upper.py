#!/usr/bin/env python3
# encoding: utf-8
"""Copy standard input to standard output in upper case."""

#end_pymotw_header
import sys

count = 0
for line in sys.stdin:
    count += 1
    print(line.upper(), end='')
print(f'upper: {count} lines', file=sys.stderr)
