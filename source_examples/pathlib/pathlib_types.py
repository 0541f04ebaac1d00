#!/usr/bin/env python3
# encoding: utf-8
"""Asking what kind of thing a path names."""

#end_pymotw_header
from pathlib import Path

root = Path('demo')
# A relative target is relative to the folder the link is in.
(root / 'current').symlink_to('src/shapes', target_is_directory=True)
(root / 'logo.png').symlink_to('docs/img/Logo.PNG')
(root / 'broken').symlink_to('nowhere.txt')

names = ['README.md', 'docs', 'current', 'logo.png', 'broken', 'missing']
print('name       exists  is_file  is_dir  is_symlink')
for name in names:
    path = root / name
    print(f'{name:10} {path.exists()!s:7} {path.is_file()!s:8}'
          f' {path.is_dir()!s:7} {path.is_symlink()}')
print()

link = root / 'logo.png'
print('readlink():', repr(link.readlink()))
print('samefile():', link.samefile('demo/docs/img/Logo.PNG'))
print('stat() follows the link: ', link.stat().st_size, 'bytes')
print('lstat() is about the link:', link.lstat().st_size, 'bytes')
