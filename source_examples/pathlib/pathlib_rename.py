#!/usr/bin/env python3
# encoding: utf-8
"""Renaming, replacing and deleting files and folders."""

#end_pymotw_header
from pathlib import Path

docs = Path('demo/docs')
index = docs / 'index.rst'

# A relative target is relative to the current folder, not to the
# file's folder, so build the new name from the old path.
contents = index.rename(index.with_name('contents.rst'))
print('rename() returned', repr(contents))
print('index.rst still exists:', index.exists())

# replace() overwrites an existing target on every platform.
draft = docs / 'draft.rst'
draft.write_text('Draft\n=====\n', encoding='utf-8')
draft.replace(contents)
print('contents.rst now starts with',
      repr(contents.read_text(encoding='utf-8').splitlines()[0]))
print('docs holds', sorted(path.name for path in docs.iterdir()))
print()

broken = Path('demo/broken')
broken.unlink()
try:
    broken.unlink()
except FileNotFoundError as error:
    print('FileNotFoundError:', error)
broken.unlink(missing_ok=True)
print('unlink(missing_ok=True): no error')
print()

build = Path('demo/build')
try:
    build.rmdir()
except OSError as error:
    print(f'{type(error).__name__}: {error}')
for folder in [build / 'lib/shapes', build / 'lib', build]:
    folder.rmdir()
    print('removed', folder)
