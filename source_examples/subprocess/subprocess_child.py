#!/usr/bin/env python3
# encoding: utf-8
"""A small program that the other examples start as a child."""

#end_pymotw_header
import sys

print('child: arguments', sys.argv[1:])
print('child: this line goes to stderr', file=sys.stderr)
print('child: done')
if '--fail' in sys.argv:
    sys.exit(3)
