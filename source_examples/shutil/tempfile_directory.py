#!/usr/bin/env python3
# encoding: utf-8
"""A temporary directory and everything in it."""

#end_pymotw_header
import os
import tempfile

with tempfile.TemporaryDirectory(prefix='build-') as tmp:
    print('name starts with the prefix:',
          os.path.basename(tmp).startswith('build-'))
    os.makedirs(os.path.join(tmp, 'obj', 'lib'))
    with open(os.path.join(tmp, 'obj', 'lib', 'a.o'), 'wb') as f:
        f.write(b'\x7fELF')
    print('contents:', sorted(os.listdir(tmp)))

print('removed with its contents:', not os.path.exists(tmp))
