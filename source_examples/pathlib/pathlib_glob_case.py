#!/usr/bin/env python3
# encoding: utf-8
"""Matching names with or without regard to case."""

#end_pymotw_header
from pathlib import Path

images = Path('demo/docs/img')

for case_sensitive in [None, True, False]:
    found = sorted(images.glob('*.png', case_sensitive=case_sensitive))
    print(f'case_sensitive={case_sensitive!s:5}', [p.name for p in found])
print()

logo = images / 'Logo.PNG'
print('match:', logo.match('*.png'))
print('match, case_sensitive=False:',
      logo.match('*.png', case_sensitive=False))
