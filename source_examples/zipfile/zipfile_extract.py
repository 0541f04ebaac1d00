#!/usr/bin/env python3
# encoding: utf-8
"""Extract members; names cannot escape the destination."""

#end_pymotw_header
import os
import zipfile

MOMENT = (2024, 10, 7, 12, 0, 0)
with zipfile.ZipFile('unsafe.zip', 'w') as zf:
    for name in ('../outside.txt', '/etc/absolute.txt'):
        zf.writestr(zipfile.ZipInfo(name, date_time=MOMENT), 'data\n')

with zipfile.ZipFile('unsafe.zip') as zf:
    zf.extractall('out')

for dirpath, dirnames, filenames in os.walk('out'):
    dirnames.sort()
    for name in filenames:
        print(os.path.join(dirpath, name))
print('outside.txt escaped:', os.path.exists('outside.txt'))
