#!/usr/bin/env python3
# encoding: utf-8
"""List a zip archive and read a member."""

#end_pymotw_header
import zipfile

print('is a zip file:', zipfile.is_zipfile('notes.zip'))
with zipfile.ZipFile('notes.zip') as zf:
    for info in zf.infolist():
        print(f'{info.filename:18} {info.file_size:3} -> '
              f'{info.compress_size:3} bytes  {info.date_time}')
    print('CRC check:', zf.testzip() or 'all members good')
    print(zf.read('notes/todo.txt').decode(), end='')
    try:
        zf.getinfo('notes/friday.txt')
    except KeyError as err:
        print('KeyError:', err)
