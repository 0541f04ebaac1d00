#!/usr/bin/env python3
# encoding: utf-8
"""Copy a whole directory tree, leaving some files out."""

#end_pymotw_header
import os
import shutil

shutil.copytree('site', 'public',
                ignore=shutil.ignore_patterns('*.bak', 'drafts'))

for dirpath, dirnames, filenames in os.walk('public'):
    dirnames.sort()
    for name in sorted(filenames):
        print(os.path.join(dirpath, name))

try:
    shutil.copytree('site', 'public')
except FileExistsError as err:
    print('FileExistsError:', err.filename)
