#!/usr/bin/env python3
# encoding: utf-8
"""Listing a folder with iterdir()."""

#end_pymotw_header
from pathlib import Path

root = Path('demo')
for entry in sorted(root.iterdir()):
    kind = 'folder' if entry.is_dir() else 'file'
    print(f'{kind:7} {entry}')
print()

for image in sorted(Path('demo/docs/img').iterdir()):
    print(repr(image), image.name)
print()

try:
    entries = Path('demo/README.md').iterdir()
    print('iterdir() returned a', type(entries).__name__)
    for entry in entries:
        print(entry)
except NotADirectoryError as error:
    print('NotADirectoryError:', error)
