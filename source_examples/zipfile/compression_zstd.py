#!/usr/bin/env python3
# encoding: utf-8
"""Zstandard compression, new in Python 3.14."""

#end_pymotw_header
from compression import zstd

with open('access.log', 'rb') as f:
    data = f.read()

for level in (1, 3, 19):
    packed = zstd.compress(data, level=level)
    print(f'level {level:2}: {len(packed)} bytes')

packed = zstd.compress(data)
print('round trip:', zstd.decompress(packed) == data)
print('frame info:', zstd.get_frame_info(packed))
print('levels:', zstd.CompressionParameter.compression_level.bounds())

with zstd.open('access.log.zst', 'wb') as f:
    f.write(data)
with zstd.open('access.log.zst', 'rb') as f:
    print('first line starts:', f.readline().decode()[:19])
