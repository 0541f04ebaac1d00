#!/usr/bin/env python3
# encoding: utf-8
"""Compress and decompress bytes in memory with gzip."""

#end_pymotw_header
import gzip

with open('access.log', 'rb') as f:
    data = f.read()

packed = gzip.compress(data, mtime=0)  # mtime=0: the same bytes each run
print('original:  ', len(data), 'bytes')
print('compressed:', len(packed), 'bytes')
print('header:    ', packed[:3].hex(' '), '(the gzip magic number)')
print('round trip:', gzip.decompress(packed) == data)

for level in (1, 6, 9):
    print(f'level {level}:', len(gzip.compress(data, level, mtime=0)))
