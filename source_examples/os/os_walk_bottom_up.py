#!/usr/bin/env python3
# encoding: utf-8
"""Walk bottom up to remove a tree, contents first."""

#end_pymotw_header
import os

removed = []
for dirpath, _subdirs, filenames in os.walk('tree', topdown=False):
    for name in filenames:
        os.remove(os.path.join(dirpath, name))
    os.rmdir(dirpath)  # empty by now: its subfolders came first
    removed.append(dirpath)

for path in sorted(removed):
    print('removed', path)
print('every folder after its subfolders:', all(
    removed.index(sub) < removed.index(folder)
    for folder in removed for sub in removed
    if sub.startswith(folder + os.sep)))
print('tree exists:', os.path.exists('tree'))
