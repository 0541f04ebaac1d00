#!/usr/bin/env python3
# encoding: utf-8
"""Extract a tar archive with the data filter."""

#end_pymotw_header
import os
import tarfile

with tarfile.open('notes.tar.xz') as tf:
    tf.extractall('restored', filter='data')
    member = tf.extractfile('notes/todo.txt')
    print('read without extracting:', member.read().decode().split('\n')[0])

for dirpath, dirnames, filenames in os.walk('restored'):
    dirnames.sort()
    for name in sorted(filenames):
        print(os.path.join(dirpath, name))
