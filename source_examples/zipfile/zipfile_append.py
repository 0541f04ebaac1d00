#!/usr/bin/env python3
# encoding: utf-8
"""Add a member to an existing archive."""

#end_pymotw_header
import zipfile

with zipfile.ZipFile('notes.zip', 'a') as zf:
    info = zipfile.ZipInfo('notes/tuesday.txt',
                           date_time=(2024, 10, 8, 9, 0, 0))
    zf.writestr(info, 'Dentist at 3.\n')

with zipfile.ZipFile('notes.zip') as zf:
    for name in zf.namelist():
        print(name)
