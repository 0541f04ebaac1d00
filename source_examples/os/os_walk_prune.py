#!/usr/bin/env python3
# encoding: utf-8
"""Skip folders by editing the list os.walk() gives."""

#end_pymotw_header
import os

sizes = {}
for dirpath, dirnames, filenames in os.walk('tree'):
    # Removing names in place keeps os.walk() out of those folders.
    dirnames[:] = sorted(d for d in dirnames if d != 'build')
    for name in filenames:
        path = os.path.join(dirpath, name)
        sizes[path] = os.path.getsize(path)

for path, size in sorted(sizes.items()):
    print(f'{size:4} {path}')
print('bytes outside build folders:', sum(sizes.values()))
