#!/usr/bin/env python3
# encoding: utf-8
"""Read and change the environment of the process."""

#end_pymotw_header
import os

print('TZ:', os.environ['TZ'])
print('EDITOR:', os.environ.get('EDITOR', '(not set)'))
print('getenv:', os.getenv('EDITOR', 'vi'))

os.environ['EDITOR'] = 'nano'
print('after setting:', os.environ['EDITOR'])
print('as bytes:', os.environb[b'EDITOR'])

del os.environ['EDITOR']
print('after deleting:', 'EDITOR' in os.environ)

try:
    os.environ['COUNT'] = 3
except TypeError as err:
    print('TypeError:', err)
