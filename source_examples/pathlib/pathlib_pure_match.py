#!/usr/bin/env python3
# encoding: utf-8
"""Matching a path against a glob-style pattern with match()."""

#end_pymotw_header
from pathlib import PurePosixPath, PureWindowsPath

module = PurePosixPath('/home/ada/project/src/app/models.py')

patterns = [
    '*.py',           # a relative pattern matches from the right
    'app/*.py',
    'src/*.py',       # "src" is not the parent of models.py
    '*/*/*.py',
    '/home/*/*.py',   # an absolute pattern must match the whole path
    '/home/*/project/src/app/*.py',
    'src/**/*.py',    # "**" is just "*" here
    '*.[ch]',
    'models.p?',
]
for pattern in patterns:
    print(f'{pattern:30} {module.match(pattern)}')
print()

# Windows paths match case-insensitively, like their file systems.
print(PureWindowsPath(r'C:\Photos\IMG_0042.JPG').match('*.jpg'))
print(PurePosixPath('/photos/IMG_0042.JPG').match('*.jpg'))
