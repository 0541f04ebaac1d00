#!/usr/bin/env python3
# encoding: utf-8
"""The same data through zlib, gzip, bz2 and lzma."""

#end_pymotw_header
import bz2
import gzip
import lzma
import zlib

with open('access.log', 'rb') as f:
    data = f.read()

results = {
    'zlib': zlib.compress(data, 9),
    'gzip': gzip.compress(data, 9, mtime=0),
    'bz2': bz2.compress(data, 9),
    'lzma': lzma.compress(data, preset=9),
}
print(f'{"original":8} {len(data):6} bytes')
for name, packed in results.items():
    print(f'{name:8} {len(packed):6} bytes, {len(packed) / len(data):.1%}')

assert bz2.decompress(results['bz2']) == data
assert lzma.decompress(results['lzma']) == data
