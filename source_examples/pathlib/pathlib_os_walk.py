#!/usr/bin/env python3
# encoding: utf-8
"""Walking a tree with os.walk(), which yields strings."""

#end_pymotw_header
import os
from pathlib import Path

for dirpath, dirnames, filenames in os.walk(Path('demo')):
    dirnames.sort()  # visit the subfolders in a fixed order
    if 'build' in dirnames:
        dirnames.remove('build')  # and skip this one
    print(repr(dirpath))
    print('    folders:', ' '.join(dirnames) or '-')
    print('    files:  ', ' '.join(sorted(filenames)) or '-')
