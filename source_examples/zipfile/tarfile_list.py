#!/usr/bin/env python3
# encoding: utf-8
"""List the members of a tar archive."""

#end_pymotw_header
import tarfile

print('is a tar file:', tarfile.is_tarfile('notes.tar.xz'))
with tarfile.open('notes.tar.xz') as tf:  # 'r:*' detects compression
    for member in tf.getmembers():
        kind = 'dir ' if member.isdir() else 'file'
        print(f'{kind} {member.name:16} {member.size:3} bytes '
              f'mode {member.mode:o}')
    tf.list(verbose=True)
