#!/usr/bin/env python3
# encoding: utf-8
"""Taking turns between iterables of different lengths."""

#end_pymotw_header
from itertools import chain, zip_longest

_MISSING = object()


def roundrobin(*iterables):
    """Yield one item of each iterable in turn until all are empty."""
    rounds = zip_longest(*iterables, fillvalue=_MISSING)
    return (item for item in chain.from_iterable(rounds)
            if item is not _MISSING)


print(list(roundrobin('abc', 'd', 'ef')))
print(list(roundrobin([1, None, 3], [0])))

queues = {'ann': ['a1', 'a2', 'a3'], 'bob': ['b1'], 'cy': ['c1', 'c2']}
print(' '.join(roundrobin(*queues.values())))
