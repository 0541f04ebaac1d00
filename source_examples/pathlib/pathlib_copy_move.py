#!/usr/bin/env python3
# encoding: utf-8
"""Copying and moving files and trees with Path methods (Python 3.14)."""

#end_pymotw_header
import os
from pathlib import Path

src = Path('demo/src')
readme = Path('demo/README.md')
archive = Path('archive')
archive.mkdir()
os.utime(readme, (0, 0))  # a modification time easy to recognise

# copy() takes the path of the copy, and copies a folder with
# everything below it.
tree = src.copy(archive / 'src')
print('copy() returned', repr(tree))
for path in sorted(tree.rglob('*')):
    print('   ', path)

# copy_into() takes an existing folder and keeps the name.
copied = readme.copy_into(archive)
print('copy_into() returned', repr(copied))

# A folder is never copied over an existing one.
try:
    src.copy(archive / 'src')
except FileExistsError as err:
    print(f'{type(err).__name__}: {err}')

# Metadata such as the modification time is copied only on request.
plain = readme.copy(archive / 'plain.md')
kept = readme.copy(archive / 'kept.md', preserve_metadata=True)
print('plain copy keeps mtime:', plain.stat().st_mtime == 0)
print('preserve_metadata=True:', kept.stat().st_mtime == 0)

# move() renames when it can, and copies then deletes when the
# target is on another file system.
moved = copied.move(archive / 'README.txt')
print('move() returned', repr(moved))
print('the old name exists:', copied.exists())
inside = moved.move_into(tree)
print('move_into() returned', repr(inside))
print('archive holds', sorted(p.name for p in archive.iterdir()))
