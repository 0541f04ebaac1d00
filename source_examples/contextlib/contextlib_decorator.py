#!/usr/bin/env python3
# encoding: utf-8
"""A context manager class that also works as a decorator."""

#end_pymotw_header
from contextlib import ContextDecorator


class logged(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print(f'[{self.label}] start')
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f'[{self.label}] end')
        return False


@logged('decorated')
def work(n):
    print('  working on', n)
    return n * 2


print('result:', work(21))

with logged('with statement'):
    print('  working inline')
