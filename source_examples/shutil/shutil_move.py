#!/usr/bin/env python3
# encoding: utf-8
"""Move files and folders with move()."""

#end_pymotw_header
import os
import shutil

os.mkdir('archive')
print(shutil.move('letter.txt', 'archive'))           # into a folder
print(shutil.move('archive/letter.txt', 'note.txt'))  # a new name
print(shutil.move('site/drafts', 'archive'))          # a whole folder
print(sorted(os.listdir('archive')))
print('letter.txt still there:', os.path.exists('letter.txt'))
