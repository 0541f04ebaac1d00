#!/usr/bin/env python3
# encoding: utf-8
"""What copyfile(), copy() and copy2() keep of the original."""

#end_pymotw_header
import datetime
import os
import shutil
import stat

os.umask(0o022)
os.chmod('letter.txt', 0o600)
stamp = datetime.datetime(2024, 1, 15, 9, 30, tzinfo=datetime.UTC)
os.utime('letter.txt', (stamp.timestamp(), stamp.timestamp()))
os.mkdir('copies')

shutil.copyfile('letter.txt', 'copies/by-copyfile.txt')
shutil.copy('letter.txt', 'copies/by-copy.txt')
shutil.copy2('letter.txt', 'copies/by-copy2.txt')

for path in ['letter.txt', 'copies/by-copyfile.txt',
             'copies/by-copy.txt', 'copies/by-copy2.txt']:
    info = os.stat(path)
    kept_time = info.st_mtime == stamp.timestamp()
    print(f'{path:24} {stat.filemode(info.st_mode)}  same time: {kept_time}')

print('into a folder, copy() returns', shutil.copy('letter.txt', 'copies'))
