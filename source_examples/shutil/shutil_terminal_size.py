#!/usr/bin/env python3
# encoding: utf-8
"""The size of the terminal, or a fallback."""

#end_pymotw_header
import os
import shutil

print('COLUMNS and LINES:', os.environ.get('COLUMNS'), os.environ.get('LINES'))
print(shutil.get_terminal_size(fallback=(100, 30)))

# Without the variables, ask the terminal; without one, the fallback.
os.environ.pop('COLUMNS', None)
os.environ.pop('LINES', None)
print(shutil.get_terminal_size(fallback=(100, 30)))
