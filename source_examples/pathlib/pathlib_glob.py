#!/usr/bin/env python3
# encoding: utf-8
"""Finding files with glob() and rglob()."""

#end_pymotw_header
from pathlib import Path

root = Path('demo')


def show(label, paths):
    print(f'{label}:')
    found = sorted(paths)
    for path in found:
        print('   ', path)
    if not found:
        print('    (nothing)')


show("glob('*.md')", root.glob('*.md'))
show("glob('*')", root.glob('*'))
show("glob('*/')", root.glob('*/'))
show("glob('src/*/*.py')", root.glob('src/*/*.py'))
show("glob('**/*.py')", root.glob('**/*.py'))
show("rglob('[!_]*.py')", root.rglob('[!_]*.py'))
show("glob('*.txt')", root.glob('*.txt'))
