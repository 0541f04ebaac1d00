#!/usr/bin/env python3
# encoding: utf-8
"""Where temporary files go, and how to choose."""

#end_pymotw_header
import os
import tempfile

print('gettempdir() is a folder:', os.path.isdir(tempfile.gettempdir()))
print('prefix of generated names:', tempfile.gettempprefix())

home = os.path.expanduser('~')
os.environ['TMPDIR'] = home
tempfile.tempdir = None  # forget the folder chosen before
print('now the home folder:', tempfile.gettempdir() == home)
