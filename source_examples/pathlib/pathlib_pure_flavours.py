#!/usr/bin/env python3
# encoding: utf-8
"""The two flavours of pure path compare and print differently."""

#end_pymotw_header
from pathlib import PurePath, PurePosixPath, PureWindowsPath

# On a POSIX system, PurePath() makes a PurePosixPath.
print('PurePath() made a', type(PurePath('notes.txt')).__name__)
print()

for flavour in [PurePosixPath, PureWindowsPath]:
    path = flavour('Reports/Q1.CSV')
    other = flavour('reports/q1.csv')
    print(f'{flavour.__name__:16} {path} == {other}: {path == other}')

print('as_posix():', PureWindowsPath(r'Reports\Q1.CSV').as_posix())
print()

print('a backslash on POSIX:  ', PurePosixPath(r'a\b').parts)
print('a backslash on Windows:', PureWindowsPath(r'a\b').parts)
print()

print('PurePosixPath == PureWindowsPath:',
      PurePosixPath('a') == PureWindowsPath('a'))
names = ['beta', 'Alpha', 'alpha', 'Gamma']
for flavour in [PurePosixPath, PureWindowsPath]:
    ordered = sorted(flavour(name) for name in names)
    print(f'sorted {flavour.__name__:16}', [str(p) for p in ordered])
