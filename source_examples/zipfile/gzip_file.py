#!/usr/bin/env python3
# encoding: utf-8
"""Read and write gzip files like text files."""

#end_pymotw_header
import gzip
import io
import os

with gzip.open('errors.log.gz', 'wt', encoding='utf-8') as out, \
        open('access.log', encoding='utf-8') as log:
    for line in log:
        if ' ERROR ' in line:
            out.write(line)

with gzip.open('errors.log.gz', 'rt', encoding='utf-8') as f:
    lines = f.readlines()
print(len(lines), 'errors; the first:')
print(lines[0], end='')
os.remove('errors.log.gz')  # it holds the time it was written

try:
    with gzip.open(io.BytesIO(b'not gzip data')) as f:
        f.read()
except gzip.BadGzipFile as err:
    print('BadGzipFile:', err)
