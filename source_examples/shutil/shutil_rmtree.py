#!/usr/bin/env python3
# encoding: utf-8
"""Remove a directory tree."""

#end_pymotw_header
import os
import shutil

shutil.copytree('site', 'copy')
shutil.rmtree('copy')
print('copy exists:', os.path.exists('copy'))

try:
    shutil.rmtree('copy')
except FileNotFoundError as err:
    print('FileNotFoundError:', err.filename)

shutil.rmtree('copy', ignore_errors=True)
print('ignore_errors=True: no error')
