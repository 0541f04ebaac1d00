#!/usr/bin/env python3
# encoding: utf-8
"""Reading files whole with read_text() and read_bytes(), or with open()."""

#end_pymotw_header
from pathlib import Path

readme = Path('demo/README.md')
print('read_text(): ', repr(readme.read_text(encoding='utf-8')))
print('read_bytes():', Path('demo/docs/img/Logo.PNG').read_bytes())
print()

square = Path('demo/src/shapes/square.py')
with square.open(encoding='utf-8') as source:
    for number, line in enumerate(source, start=1):
        print(f'{number}: {line.rstrip()}')
print()

# write_text() replaces the contents; appending takes open('a').
with square.open('a', encoding='utf-8') as source:
    source.write('\n\ndef perimeter(side):\n    return 4 * side\n')
text = square.read_text(encoding='utf-8')
print('functions now:', text.count('def '))

# The built-in open() takes a path as well.
with open(Path('demo') / 'docs' / 'index.rst', encoding='utf-8') as page:
    print('title:', page.readline().rstrip())
