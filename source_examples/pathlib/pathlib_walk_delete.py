#!/usr/bin/env python3
# encoding: utf-8
"""Deleting a whole tree, bottom up, with Path.walk()."""

#end_pymotw_header
from pathlib import Path

root = Path('demo')
files = folders = 0
for folder, subfolders, names in root.walk(top_down=False):
    # Links to folders are in names: walk() does not follow them.
    for name in names:
        (folder / name).unlink()
        files += 1
    for name in subfolders:
        (folder / name).rmdir()
        folders += 1
root.rmdir()
print(f'removed {files} files and links and {folders} folders')
print('demo exists:', root.exists())
