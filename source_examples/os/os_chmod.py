#!/usr/bin/env python3
# encoding: utf-8
"""Change permission bits with os.chmod()."""

#end_pymotw_header
import os
import stat

name = 'tree/src/main.c'
os.chmod(name, 0o644)
print('before:', stat.filemode(os.stat(name).st_mode))

mode = os.stat(name).st_mode
os.chmod(name, mode | stat.S_IXUSR | stat.S_IXGRP)  # add execute bits
print('after: ', stat.filemode(os.stat(name).st_mode))

os.chmod(name, 0o600)
print('private:', stat.filemode(os.stat(name).st_mode),
      oct(stat.S_IMODE(os.stat(name).st_mode)))
