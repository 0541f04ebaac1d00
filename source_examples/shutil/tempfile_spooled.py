#!/usr/bin/env python3
# encoding: utf-8
"""Keep small data in memory, spill large data to disk."""

#end_pymotw_header
import tempfile

with tempfile.SpooledTemporaryFile(max_size=100, mode='w+') as f:
    f.write('short text\n')
    print('after 11 characters, on disk:', f.name is not None)
    f.write('x' * 200)
    print('after 211 characters, on disk:', f.name is not None)
    f.seek(0)
    print('first line:', f.readline().strip())
