#!/usr/bin/env python3
# encoding: utf-8
"""A sliding window built from tee(), islice() and zip()."""

#end_pymotw_header
from itertools import islice, tee


def windows(iterable, size):
    """Yield tuples of `size` neighbouring items."""
    shifted = tee(iterable, size)
    for offset, iterator in enumerate(shifted):
        for _ in islice(iterator, offset):  # skip `offset` items
            pass
    return zip(*shifted, strict=False)


print(list(windows('abcde', 3)))
print(list(windows('ab', 3)))

temperatures = [4.5, 9.0, 7.5, 3.0, 11.5, 5.5]
for window in windows(temperatures, 3):
    print(window, 'average', round(sum(window) / len(window), 2))
