#!/usr/bin/env python3
# encoding: utf-8
"""Timer objects: callables, globals, and the best of several repeats."""

#end_pymotw_header
import timeit

data = list(range(1_000))
lookup = set(data)


def in_list():
    return 999 in data


timers = {
    'list': timeit.Timer(in_list),  # a callable: nothing to compile
    'set': timeit.Timer('999 in lookup', globals=globals()),
}
best = {}
for name, timer in timers.items():
    times = timer.repeat(repeat=5, number=1_000)
    best[name] = min(times)
    print(f'{name:4} {len(times)} repeats, best {best[name]:.6f} s')
print('the set is faster:', best['set'] < best['list'])
