#!/usr/bin/env python3
# encoding: utf-8
"""Open a number of files known only at run time."""

#end_pymotw_header
from contextlib import ExitStack

names = ['a.txt', 'b.txt', 'c.txt']

with ExitStack() as stack:
    files = [stack.enter_context(open(name)) for name in names]
    print([f.readline().strip() for f in files])
    print('all open:', not any(f.closed for f in files))

print('all closed:', all(f.closed for f in files))
