#!/usr/bin/env python3
# encoding: utf-8
"""List a folder with the file type and size of each entry."""

#end_pymotw_header
import os

with os.scandir('tree') as entries:
    for entry in sorted(entries, key=lambda e: e.name):
        if entry.is_dir():
            kind = 'dir'
        elif entry.is_file():
            kind = f'file, {entry.stat().st_size} bytes'
        else:
            kind = 'other'
        print(f'{entry.path:18} {kind}')
