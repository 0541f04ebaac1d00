#!/usr/bin/env python3
# encoding: utf-8
"""Keep a temporary directory after the block with delete=False."""

#end_pymotw_header
import os
import tempfile

keep = tempfile.TemporaryDirectory(delete=False)
with keep as path:
    with open(os.path.join(path, 'result.txt'), 'w') as f:
        f.write('42\n')
print('still there after the block:', os.path.isdir(path))

keep.cleanup()  # an explicit cleanup() still removes it
print('after cleanup():', os.path.isdir(path))
