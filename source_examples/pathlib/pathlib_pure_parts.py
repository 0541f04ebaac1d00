#!/usr/bin/env python3
# encoding: utf-8
"""The pieces a pure path is made of, on POSIX and on Windows."""

#end_pymotw_header
from pathlib import PurePosixPath, PureWindowsPath

paths = [
    PurePosixPath('/usr/local/bin/python3'),
    PurePosixPath('docs/index.rst'),
    PureWindowsPath(r'C:\Users\ada\notes.txt'),
    PureWindowsPath('//nas/pub/reports/q1.csv'),
    PureWindowsPath(r'D:setup.exe'),
]

for path in paths:
    print(repr(path))
    print('  str:     ', path)
    print('  parts:   ', path.parts)
    print(f'  drive: {path.drive!r}  root: {path.root!r}'
          f'  anchor: {path.anchor!r}')
    print('  absolute:', path.is_absolute())
