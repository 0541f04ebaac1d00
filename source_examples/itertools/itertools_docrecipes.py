#!/usr/bin/env python3
# encoding: utf-8
"""Tools named after recipes of the itertools documentation."""

#end_pymotw_header
from collections import deque
from itertools import (
    chain,
    combinations,
    compress,
    count,
    groupby,
    islice,
    zip_longest,
)


def take(n, iterable):
    """The first n items, as a list."""
    return list(islice(iterable, n))


def tail(n, iterable):
    """An iterator over the last n items."""
    return iter(deque(iterable, maxlen=n))


def nth(iterable, n, default=None):
    """The item at index n, or default."""
    return next(islice(iterable, n, None), default)


def quantify(iterable, predicate=bool):
    """How many items pass the test."""
    return sum(map(predicate, iterable))


def all_equal(iterable, key=None):
    """True if every item equals the first (or there are none)."""
    runs = groupby(iterable, key)
    return next(runs, True) and not next(runs, False)


def first_true(iterable, default=False, predicate=None):
    """The first item that passes the test, or default."""
    return next(filter(predicate, iterable), default)


def flatten(list_of_lists):
    """Remove one level of nesting."""
    return chain.from_iterable(list_of_lists)


def grouper(iterable, n, *, incomplete='fill', fillvalue=None):
    """Cut into groups of n: fill, refuse or drop a short last group."""
    copies = [iter(iterable)] * n  # n references to one iterator
    if incomplete == 'fill':
        return zip_longest(*copies, fillvalue=fillvalue)
    if incomplete == 'strict':
        return zip(*copies, strict=True)
    if incomplete == 'ignore':
        return zip(*copies, strict=False)
    raise ValueError('incomplete must be fill, strict or ignore')


def sliding_window(iterable, n):
    """Overlapping windows of n items, kept in a deque."""
    iterator = iter(iterable)
    window = deque(islice(iterator, n - 1), maxlen=n)
    for item in iterator:
        window.append(item)
        yield tuple(window)


def iter_index(iterable, value):
    """The indexes at which value occurs."""
    return compress(count(), (item == value for item in iterable))


def powerset(iterable):
    """Every subset, from the empty one to all items."""
    items = list(iterable)
    return chain.from_iterable(
        combinations(items, size) for size in range(len(items) + 1)
    )


def unique_justseen(iterable, key=None):
    """Drop items equal to the one just before."""
    return (next(run) for _, run in groupby(iterable, key))
