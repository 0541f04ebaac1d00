#!/usr/bin/env python3
# encoding: utf-8
"""Write a compressed tar archive, reproducibly."""

#end_pymotw_header
import os
import tarfile


def normalize(info):
    # Leave out what differs between machines and runs.
    info.mtime = 1_700_000_000
    info.uid = info.gid = 0
    info.uname = info.gname = 'root'
    info.mode = 0o755 if info.isdir() else 0o644
    return info


with tarfile.open('notes.tar.xz', 'w:xz') as tf:
    tf.add('notes', filter=normalize, recursive=False)
    for name in sorted(os.listdir('notes')):
        tf.add(os.path.join('notes', name), filter=normalize)

print('notes.tar.xz:', os.path.getsize('notes.tar.xz'), 'bytes')
