#!/usr/bin/env python3
# encoding: utf-8
"""The compression package gathers the modules under one name (3.14)."""

#end_pymotw_header
import gzip as classic

from compression import bz2, gzip, lzma, zlib, zstd

for module in (zlib, gzip, bz2, lzma, zstd):
    print(f'{module.__name__:18} compress() and decompress():',
          callable(module.compress) and callable(module.decompress))

# The old names keep working, and give the same functions.
print('same functions as gzip:', gzip.compress is classic.compress)
