#!/usr/bin/env python3
# encoding: utf-8
"""A small least-recently-used cache built on OrderedDict."""

#end_pymotw_header
import collections


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = collections.OrderedDict()

    def get(self, key):
        self.data.move_to_end(key)     # KeyError if absent
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            oldest, _ = self.data.popitem(last=False)
            print('  evicted', oldest)


cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
cache.get('a')        # 'a' is now the most recent
cache.put('c', 3)     # so 'b' goes
print(list(cache.data.items()))
