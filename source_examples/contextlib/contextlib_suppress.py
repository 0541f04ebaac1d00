#!/usr/bin/env python3
# encoding: utf-8
"""Ignore one kind of exception with suppress()."""

#end_pymotw_header
import os
from contextlib import suppress

with open('scratch.txt', 'w') as f:
    f.write('temporary\n')

for attempt in (1, 2):
    with suppress(FileNotFoundError):
        os.remove('scratch.txt')
        print(f'attempt {attempt}: removed')
        continue
    print(f'attempt {attempt}: nothing to remove')
