#!/usr/bin/env python3
# encoding: utf-8
"""What os.stat() knows about a file."""

#end_pymotw_header
import datetime
import os
import stat

name = 'tree/src/lib/util.c'
moment = datetime.datetime(2024, 10, 7, 12, 0, tzinfo=datetime.UTC)
os.chmod(name, 0o644)
os.utime(name, (moment.timestamp(), moment.timestamp()))

info = os.stat(name)
print('size:    ', info.st_size, 'bytes')
print('regular: ', stat.S_ISREG(info.st_mode))
print('mode:    ', stat.filemode(info.st_mode))
print('modified:', datetime.datetime.fromtimestamp(info.st_mtime,
                                                   datetime.UTC))
print('links:   ', info.st_nlink)
print('inode is a number:', isinstance(info.st_ino, int))
