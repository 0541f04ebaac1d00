#!/usr/bin/env python3
# encoding: utf-8
"""Walking a tree with Path.walk(), which yields paths."""

#end_pymotw_header
from pathlib import Path

for folder, subfolders, files in Path('demo').walk():
    subfolders.sort()  # visit the subfolders in a fixed order
    if 'build' in subfolders:
        subfolders.remove('build')  # and skip this one
    print(repr(folder))
    print('    folders:', ' '.join(subfolders) or '-')
    print('    files:  ', ' '.join(sorted(files)) or '-')

python_files = sorted(
    folder / name
    for folder, _, files in Path('demo').walk()
    for name in files
    if name.endswith('.py')
)
print('Python files:')
for path in python_files:
    print('   ', path)
