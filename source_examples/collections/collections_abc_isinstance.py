#!/usr/bin/env python3
# encoding: utf-8
"""Ask what an object can do with the abstract base classes."""

#end_pymotw_header
import collections
import collections.abc as abc

samples = {
    'list': [1, 2], 'tuple': (1, 2), 'str': 'ab', 'dict': {1: 2},
    'set': {1, 2}, 'frozenset': frozenset(), 'range': range(3),
    'deque': collections.deque(), 'iterator': iter([1]),
    'generator': (n for n in 'ab'),
}
interfaces = [abc.Iterator, abc.Sized, abc.Sequence,
              abc.MutableSequence, abc.Mapping, abc.Set,
              abc.MutableSet, abc.Hashable]
for label, sample in samples.items():
    found = [i.__name__ for i in interfaces if isinstance(sample, i)]
    print(f'{label:10}', ' '.join(found))
