#!/usr/bin/env python3
# encoding: utf-8
"""Where temporary files go, and how to choose."""

#end_pymotw_header
import os
import tempfile

print('gettempdir() is a folder:', os.path.isdir(tempfile.gettempdir()))
print('prefix of generated names:', tempfile.gettempprefix())

os.mkdir('scratch')
os.environ['TMPDIR'] = os.path.abspath('scratch')
tempfile.tempdir = None  # forget the folder chosen before
with tempfile.NamedTemporaryFile() as f:
    print('now created in:', os.path.relpath(os.path.dirname(f.name)))
