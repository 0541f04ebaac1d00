#!/usr/bin/env python3
# encoding: utf-8
"""Turning a path into a file: URI with as_uri()."""

#end_pymotw_header
from pathlib import Path

print(Path('/srv/www/index.html').as_uri())
print(Path('/srv/my site/café #1.html').as_uri())
print(Path.cwd().joinpath('README.md').as_uri())
print()

try:
    Path('README.md').as_uri()
except ValueError as error:
    print('ValueError:', error)
