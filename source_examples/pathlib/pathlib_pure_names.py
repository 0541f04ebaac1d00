#!/usr/bin/env python3
# encoding: utf-8
"""Name, stem, suffixes and parents of a path."""

#end_pymotw_header
from pathlib import PurePosixPath

archive = PurePosixPath('/home/ada/backups/site.tar.gz')
print('path:    ', archive)
print('name:    ', archive.name)
print('stem:    ', archive.stem)
print('suffix:  ', archive.suffix)
print('suffixes:', archive.suffixes)
print('parent:  ', archive.parent)
print()

for number, parent in enumerate(archive.parents):
    print(f'parents[{number}]: {parent}')
print('parents[-1]:  ', archive.parents[-1])
print('parents[1:3]: ', [str(p) for p in archive.parents[1:3]])
print()

print(f'{"path":17}{"name":16}{"stem":13}suffix')
for text in ['Makefile', '.bashrc', 'v1.2/notes', 'archive.tar.gz/']:
    path = PurePosixPath(text)
    print(f'{text:17}{path.name:16}{path.stem:13}{path.suffix!r}')
