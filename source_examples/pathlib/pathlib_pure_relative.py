#!/usr/bin/env python3
# encoding: utf-8
"""Expressing one path relative to another."""

#end_pymotw_header
from pathlib import PurePosixPath

page = PurePosixPath('/srv/www/blog/2024/hello.html')
root = PurePosixPath('/srv/www')

print('relative_to:', page.relative_to(root))
print('is_relative_to /srv/www:', page.is_relative_to(root))
print('is_relative_to /srv/ftp:', page.is_relative_to('/srv/ftp'))
print()

try:
    page.relative_to('/srv/www/static')
except ValueError as error:
    print('relative_to /srv/www/static:')
    print('  ValueError:', error)
print()

# The comparison is purely textual: ".." is not interpreted.
sneaky = PurePosixPath('/srv/www/../../etc/passwd')
print(sneaky, 'is_relative_to', root, '->', sneaky.is_relative_to(root))
