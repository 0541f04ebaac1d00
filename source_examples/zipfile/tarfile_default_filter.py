#!/usr/bin/env python3
# encoding: utf-8
"""Extracting without a filter: what each version does."""

#end_pymotw_header
import io
import os
import tarfile
import warnings

buffer = io.BytesIO()
with tarfile.open(fileobj=buffer, mode='w') as tf:
    info = tarfile.TarInfo('../escape.txt')
    info.size, info.mtime = 3, 1_700_000_000
    tf.addfile(info, io.BytesIO(b'hi\n'))
buffer.seek(0)

os.mkdir('dest')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    with tarfile.open(fileobj=buffer) as tf:
        try:
            tf.extractall('dest')  # no filter argument
        except tarfile.FilterError as err:
            print('refused:', type(err).__name__)

for warning in caught:
    print(warning.category.__name__)
print('escaped the destination:', os.path.exists('escape.txt'))
