#!/usr/bin/env python3
# encoding: utf-8
"""Joining paths with the / operator and joinpath()."""

#end_pymotw_header
from pathlib import PurePosixPath, PureWindowsPath

site = PurePosixPath('/srv/www')

print(site / 'static' / 'css')
print(site / 'static/css/site.css')
print('backups' / PurePosixPath('2024/site.tar'))
print(site.joinpath('media', 'video', 'intro.mp4'))
print(PurePosixPath('logs', 'app', 'errors.log'))
print()

# An absolute part throws away everything before it.
print(site / '/etc/hosts')
print()

# Redundant separators and "." go away, ".." stays.
print(PurePosixPath('docs//api/./index.rst'))
print(PurePosixPath('docs/../README.md'))
print(repr(PurePosixPath()))
print()

# On Windows, a new drive replaces the old one; a new root does not.
home = PureWindowsPath('C:/Users/ada')
print(home / 'D:/games')
print(home / '/Windows')
