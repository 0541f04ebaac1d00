#!/usr/bin/env python3
# encoding: utf-8
"""The two methods behind every with statement."""

#end_pymotw_header
class Tracer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f'__enter__({self.name})')
        return self  # bound to the name after "as"

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f'__exit__({self.name}, {kind})')
        return False  # do not swallow the exception


with Tracer('quiet') as t:
    print('inside the block of', t.name)

try:
    with Tracer('failing'):
        raise ValueError('something went wrong')
except ValueError as err:
    print('caught after the block:', err)
