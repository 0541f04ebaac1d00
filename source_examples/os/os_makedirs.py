#!/usr/bin/env python3
# encoding: utf-8
"""Create, rename and remove directories."""

#end_pymotw_header
import os

os.makedirs('out/2024/10', exist_ok=True)
os.makedirs('out/2024/10', exist_ok=True)  # no error the second time
try:
    os.mkdir('out')
except FileExistsError as err:
    print('FileExistsError:', err.filename)

os.rename('out/2024', 'out/archive')
print('listing:', os.listdir('out'))

try:
    os.rmdir('out')
except OSError as err:
    print('rmdir of a non-empty folder:', err.strerror)

os.removedirs('out/archive/10')  # removes empty parents too
print('out exists:', os.path.exists('out'))
