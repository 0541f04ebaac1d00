#!/usr/bin/env python3
# encoding: utf-8
"""Copy the contents of a file."""

#end_pymotw_header
import os
import shutil

result = shutil.copyfile('letter.txt', 'letter-copy.txt')
print('returns the destination:', result)
with open(result) as f:
    print('contents:', f.read().splitlines())

try:
    shutil.copyfile('letter.txt', 'letter.txt')
except shutil.SameFileError as err:
    print('SameFileError:', err)

os.mkdir('outbox')
try:
    shutil.copyfile('letter.txt', 'outbox')
except IsADirectoryError as err:
    print('IsADirectoryError:', err.strerror)
