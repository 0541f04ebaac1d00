#!/usr/bin/env python3
# encoding: utf-8
"""A temporary file with a name other programs can open."""

#end_pymotw_header
import os
import subprocess
import tempfile

with tempfile.NamedTemporaryFile('w', prefix='report-',
                                 suffix='.txt') as f:
    f.write('line one\nline two\n')
    f.flush()  # so that another program sees the data
    print('name:', os.path.basename(f.name)[:7] + '...' + f.name[-4:])
    print('in the temporary folder:',
          os.path.dirname(f.name) == tempfile.gettempdir())
    lines = subprocess.run(['wc', '-l', f.name], capture_output=True,
                           text=True, check=True).stdout.split()[0]
    print('wc -l counts', lines, 'lines')

print('exists after the block:', os.path.exists(f.name))
