#!/usr/bin/env python3
# encoding: utf-8
"""Copy between open file objects."""

#end_pymotw_header
import gzip
import io
import shutil

compressed = io.BytesIO()
with open('letter.txt', 'rb') as src, \
        gzip.GzipFile(fileobj=compressed, mode='wb') as dst:
    shutil.copyfileobj(src, dst)
print('compressed in memory:', compressed.getbuffer().nbytes > 0)

compressed.seek(0)
with gzip.GzipFile(fileobj=compressed) as src:
    plain = io.BytesIO()
    shutil.copyfileobj(src, plain, length=4)  # 4-byte chunks, for show
print(plain.getvalue().decode(), end='')
