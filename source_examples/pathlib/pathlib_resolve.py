#!/usr/bin/env python3
# encoding: utf-8
"""resolve() makes a path absolute and follows symbolic links."""

#end_pymotw_header
import os
from pathlib import Path

Path('site/releases/v2').mkdir(parents=True, exist_ok=True)
current = Path('site/current')
current.symlink_to('releases/v2', target_is_directory=True)

path = Path('site/current/../notes.txt')
print('path:            ', path)
print('os.path.normpath:', os.path.normpath(path))
print('resolve():       ', path.resolve())
print()

print('current.resolve():', current.resolve())
print('a missing path:   ', Path('site/gone.txt').resolve())
try:
    Path('site/gone.txt').resolve(strict=True)
except FileNotFoundError as error:
    print('with strict=True:')
    print('  FileNotFoundError:', error)
