#!/usr/bin/env python3
# encoding: utf-8
"""Python 3.15: serialize_iterator() shares one iterator between threads."""

#end_pymotw_header
import threading


def numbers(count):
    yield from range(count)


source = threading.serialize_iterator(numbers(1000))
taken = {}


def consume(name):
    taken[name] = list(source)


threads = [
    threading.Thread(target=consume, args=(name,))
    for name in ['left', 'right', 'middle']
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

together = sorted(n for part in taken.values() for n in part)
print('values taken:', len(together))
print('each exactly once:', together == list(range(1000)))
