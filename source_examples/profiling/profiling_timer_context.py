#!/usr/bin/env python3
# encoding: utf-8
"""A context manager that times the block it wraps with perf_counter."""

#end_pymotw_header
import contextlib
import time


@contextlib.contextmanager
def timed(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        print(f'{label}: {elapsed * 1000:.1f} ms')


with timed('sorting 100,000 numbers'):
    numbers = sorted(range(100_000, 0, -1))

with timed('building a string'):
    text = ','.join(map(str, numbers))
print(len(text), 'characters')
