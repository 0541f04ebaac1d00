#!/usr/bin/env python3
# encoding: utf-8
"""The encoding a file gets when none is given, and UTF-8 mode."""

#end_pymotw_header
import locale
import sys
from pathlib import Path

print('UTF-8 mode:       ', sys.flags.utf8_mode)
print('locale encoding:  ', locale.getencoding())

path = Path('greeting.txt')
with path.open('w') as f:
    print('open() without encoding:', f.encoding)
with path.open('w', encoding='locale') as f:
    print("open(encoding='locale'):", f.encoding)

try:
    path.write_text('Grüße\n')
except UnicodeEncodeError as err:
    print(f'{type(err).__name__}: {err.reason}')
print('on disk:', path.read_bytes())
