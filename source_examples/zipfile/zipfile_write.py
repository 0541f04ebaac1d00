#!/usr/bin/env python3
# encoding: utf-8
"""Write a zip archive with fixed times, so its bytes are reproducible."""

#end_pymotw_header
import os
import zipfile

MOMENT = (2024, 10, 7, 12, 0, 0)  # zip stores local date and time

with zipfile.ZipFile('notes.zip', 'w',
                     compression=zipfile.ZIP_DEFLATED) as zf:
    for name in sorted(os.listdir('notes')):
        info = zipfile.ZipInfo(f'notes/{name}', date_time=MOMENT)
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(os.path.join('notes', name), 'rb') as f:
            zf.writestr(info, f.read())
    # Data that never was a file can be stored as well.
    zf.writestr(zipfile.ZipInfo('README.txt', date_time=MOMENT),
                'Notes, packed by zipfile_write.py\n')

print('notes.zip:', os.path.getsize('notes.zip'), 'bytes')
