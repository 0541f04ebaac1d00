#!/usr/bin/env python3
# encoding: utf-8
"""Build a small project tree of folders and files."""

#end_pymotw_header
from pathlib import Path

root = Path('demo')

for folder in ['src/shapes', 'tests', 'docs/img', 'build']:
    (root / folder).mkdir(parents=True, exist_ok=True)

texts = {
    'README.md': '# Shapes\n\nAreas of plane figures.\n',
    '.gitignore': 'build/\n',
    'src/shapes/circle.py': 'import math\n\nPI = math.pi\n',
    'src/shapes/square.py': 'def area(side):\n    return side * side\n',
    'tests/test_square.py': 'from shapes import square\n',
    'docs/index.rst': 'Shapes\n======\n',
}
for name, text in texts.items():
    count = (root / name).write_text(text, encoding='utf-8')
    print(f'wrote {count:2} characters to {name}')

signature = b'\x89PNG\r\n\x1a\n'
for name in ['docs/img/diagram.png', 'docs/img/Logo.PNG']:
    count = (root / name).write_bytes(signature)
    print(f'wrote {count:2} bytes to {name}')

(root / 'src/shapes/__init__.py').touch()
print('touched src/shapes/__init__.py')
