#!/usr/bin/env python3
# encoding: utf-8
"""Walk an archive with the pathlib-like zipfile.Path."""

#end_pymotw_header
import zipfile

root = zipfile.Path('notes.zip')
folder = root / 'notes'
print('is_dir:', folder.is_dir())
for entry in sorted(folder.iterdir(), key=lambda p: p.name):
    print(f'{entry.name:12} suffix={entry.suffix!r:7} '
          f'first line: {entry.read_text().splitlines()[0]!r}')
print('exists:', (folder / 'friday.txt').exists())
