#!/usr/bin/env python3
# encoding: utf-8
"""Walk a directory tree, top down."""

#end_pymotw_header
import os

for dirpath, dirnames, filenames in os.walk('tree'):
    dirnames.sort()  # walk subfolders in a stable order
    depth = dirpath.count(os.sep)
    print('  ' * depth + os.path.basename(dirpath) + '/')
    for name in sorted(filenames):
        print('  ' * (depth + 1) + name)
