#!/usr/bin/env python3
# encoding: utf-8
"""An anonymous temporary file."""

#end_pymotw_header
import tempfile

with tempfile.TemporaryFile() as f:
    print('mode:', f.mode)
    f.write(b'scratch data\n')
    f.seek(0)
    print('read back:', f.read())
    print('name is a file descriptor:', isinstance(f.name, int))

print('closed:', f.closed)
