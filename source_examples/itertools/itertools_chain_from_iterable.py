#!/usr/bin/env python3
# encoding: utf-8
"""chain.from_iterable() flattens lazily; chain(*...) does not."""

#end_pymotw_header
from itertools import chain


def pages():
    for number, rows in enumerate([['a', 'b'], ['c'], ['d', 'e']], 1):
        print(f'  loading page {number}')
        yield rows


print('chain(*pages())')
rows = chain(*pages())
print('  chain created')
print('  first row:', next(rows))

print('chain.from_iterable(pages())')
rows = chain.from_iterable(pages())
print('  chain created')
print('  first row:', next(rows))
