#!/usr/bin/env python3
# encoding: utf-8
"""Unpack an archive, guessing the format from its name."""

#end_pymotw_header
import os
import shutil

shutil.unpack_archive('backup.tar.xz', 'restored', filter='data')

for dirpath, dirnames, filenames in os.walk('restored'):
    dirnames.sort()
    for name in sorted(filenames):
        print(os.path.join(dirpath, name))
