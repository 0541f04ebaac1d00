#!/usr/bin/env python3
# encoding: utf-8
"""Dropping duplicates while keeping the order of first sight."""

#end_pymotw_header
from itertools import groupby


def unique(iterable, key=None):
    """Yield each item whose key has not been seen before."""
    seen = set()
    for item in iterable:
        marker = item if key is None else key(item)
        if marker not in seen:
            seen.add(marker)
            yield item


def unique_runs(iterable, key=None):
    """Yield the first item of each run of equal keys."""
    for _, run in groupby(iterable, key):
        yield next(run)


print(''.join(unique('mississippi')))
print(''.join(unique_runs('mississippi')))
print(list(unique(['Apple', 'apple', 'Pear', 'APPLE', 'pear'], str.lower)))
