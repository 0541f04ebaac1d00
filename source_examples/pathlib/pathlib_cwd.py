#!/usr/bin/env python3
# encoding: utf-8
"""Relative paths are resolved against the current folder."""

#end_pymotw_header
import contextlib
from pathlib import Path

notes = Path('notes.txt')
print('cwd():       ', Path.cwd())
print('absolute?    ', notes.is_absolute())
print('absolute():  ', notes.absolute())
print()

Path('drafts').mkdir(exist_ok=True)
with contextlib.chdir('drafts'):
    print('cwd():       ', Path.cwd())
    print('absolute():  ', notes.absolute())
print()

# absolute() only prepends the current folder; ".." stays.
print('absolute():  ', Path('drafts/../notes.txt').absolute())
