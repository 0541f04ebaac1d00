#!/usr/bin/env python3
# encoding: utf-8
"""Copy between open file objects."""

#end_pymotw_header
import gzip
import io
import shutil

with open('letter.txt', 'rb') as src, gzip.open('letter.txt.gz', 'wb') as dst:
    shutil.copyfileobj(src, dst)

with gzip.open('letter.txt.gz', 'rb') as src:
    buffer = io.BytesIO()
    shutil.copyfileobj(src, buffer, length=4)  # 4-byte chunks, for show
print(buffer.getvalue().decode(), end='')
