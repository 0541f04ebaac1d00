#!/usr/bin/env python3
# encoding: utf-8
"""Symbolic links and hard links."""

#end_pymotw_header
import os

target = 'tree/README.md'
os.symlink('README.md', 'tree/LINK.md')  # relative to the link's folder
os.link(target, 'tree/COPY.md')

print('readlink:', os.readlink('tree/LINK.md'))
print('islink:', os.path.islink('tree/LINK.md'),
      os.path.islink('tree/COPY.md'))
print('stat follows the link:',
      os.stat('tree/LINK.md').st_size == os.stat(target).st_size)
print('lstat does not:', os.lstat('tree/LINK.md').st_size, 'bytes')
print('hard links to README.md:', os.stat(target).st_nlink)
print('same file:', os.path.samefile(target, 'tree/COPY.md'))

os.remove(target)
print('dangling link exists:', os.path.exists('tree/LINK.md'),
      os.path.lexists('tree/LINK.md'))
with open('tree/COPY.md') as f:
    print('the hard link still reads:', f.read().strip())
