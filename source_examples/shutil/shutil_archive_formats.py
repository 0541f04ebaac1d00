#!/usr/bin/env python3
# encoding: utf-8
"""The archive formats shutil knows."""

#end_pymotw_header
import shutil

print('make_archive():')
for name, description in shutil.get_archive_formats():
    print(f'  {name:6} {description}')

print('unpack_archive():')
for name, extensions, _description in shutil.get_unpack_formats():
    print(f'  {name:6} {" ".join(extensions)}')
