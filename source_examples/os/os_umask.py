#!/usr/bin/env python3
# encoding: utf-8
"""The umask removes permission bits from new files."""

#end_pymotw_header
import os
import stat

old = os.umask(0o027)  # no write for the group, nothing for others
print('umask() returns the previous mask, an int:', isinstance(old, int))

with open('report.txt', 'w') as f:
    f.write('secret\n')
os.mkdir('private')

for name in ('report.txt', 'private'):
    mode = os.stat(name).st_mode
    print(f'{name:11} {stat.filemode(mode)} {stat.S_IMODE(mode):o}')

os.umask(old)
