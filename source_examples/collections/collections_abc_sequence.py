#!/usr/bin/env python3
# encoding: utf-8
"""An abstract base class refuses an incomplete subclass."""

#end_pymotw_header
import collections.abc


class Half(collections.abc.Sequence):
    def __len__(self):
        return 3


try:
    Half()
except TypeError as exc:
    print('TypeError:', exc)


class Countdown(collections.abc.Sequence):
    def __init__(self, start):
        self.start = start

    def __len__(self):
        return self.start

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        return self.start - (index % len(self))


c = Countdown(5)
print(list(c), c[-1], c[1:3], 3 in c, c.index(2), c.count(9))
print(list(reversed(c)))
