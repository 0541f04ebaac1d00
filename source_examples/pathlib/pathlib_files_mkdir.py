#!/usr/bin/env python3
# encoding: utf-8
"""What mkdir() does when a folder exists or its parent does not."""

#end_pymotw_header
from pathlib import Path

build = Path('demo/build')
try:
    build.mkdir()
except FileExistsError as error:
    print('FileExistsError:', error)
build.mkdir(exist_ok=True)
print('with exist_ok=True: no error')
print()

deep = build / 'lib' / 'shapes'
try:
    deep.mkdir()
except FileNotFoundError as error:
    print('FileNotFoundError:', error)
deep.mkdir(parents=True)
print('with parents=True: made', deep)
print()

# exist_ok=True forgives an existing folder, not a file.
try:
    Path('demo/README.md').mkdir(exist_ok=True)
except FileExistsError as error:
    print('FileExistsError:', error)
