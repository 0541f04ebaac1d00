#!/usr/bin/env python3
# encoding: utf-8
"""Compress a stream piece by piece."""

#end_pymotw_header
import bz2
import lzma

compressor = lzma.LZMACompressor()
chunks = []
with open('access.log', 'rb') as f:
    while block := f.read(4096):
        chunks.append(compressor.compress(block))
chunks.append(compressor.flush())
print('pieces returned:', len(chunks), 'of which empty:',
      sum(1 for c in chunks if not c))

packed = b''.join(chunks)
decompressor = lzma.LZMADecompressor()
print('decompressed:', len(decompressor.decompress(packed)), 'bytes')
print('eof:', decompressor.eof)

# bz2 has the same pair of classes.
print(bz2.BZ2Decompressor().decompress(bz2.compress(b'abc')))
