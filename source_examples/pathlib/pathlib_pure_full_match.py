#!/usr/bin/env python3
# encoding: utf-8
"""full_match() compares a pattern with the whole path."""

#end_pymotw_header
from pathlib import PurePosixPath

paths = [
    PurePosixPath('setup.py'),
    PurePosixPath('src/app/models.py'),
    PurePosixPath('src/app/templates/base.html'),
    PurePosixPath('tests/test_models.py'),
]
patterns = ['*.py', '**/*.py', 'src/**', 'src/**/*.html', '*/test_*.py']

for pattern in patterns:
    print(pattern)
    for path in paths:
        print(f'  {str(path):29} match: {path.match(pattern)!s:6}'
              f'full_match: {path.full_match(pattern)}')
