#!/usr/bin/env python3
# encoding: utf-8
"""Deriving new paths with with_name(), with_stem() and with_suffix()."""

#end_pymotw_header
from pathlib import PurePosixPath

report = PurePosixPath('reports/2024/summary.md')
print('with_name:  ', report.with_name('index.html'))
print('with_stem:  ', report.with_stem('summary-draft'))
print('with_suffix:', report.with_suffix('.html'))
print('no suffix:  ', report.with_suffix(''))
print()

# Only the last suffix is replaced.
archive = PurePosixPath('backups/site.tar.gz')
print('with_suffix:', archive.with_suffix('.bz2'))
all_suffixes = ''.join(archive.suffixes)
print('all of them:', archive.with_name(
    archive.name.removesuffix(all_suffixes) + '.zip'))
print()

attempts = [
    ('with_suffix("html")', lambda: report.with_suffix('html')),
    ('with_name("a/b.md")', lambda: report.with_name('a/b.md')),
    ('with_name on "/"', lambda: PurePosixPath('/').with_name('x')),
    ('with_stem("")', lambda: report.with_stem('')),
]
for label, attempt in attempts:
    try:
        print(f'{label}: {attempt()}')
    except ValueError as error:
        print(f'{label}:\n  ValueError: {error}')
