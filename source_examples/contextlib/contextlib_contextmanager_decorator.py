#!/usr/bin/env python3
# encoding: utf-8
"""Functions made by contextmanager are decorators too."""

#end_pymotw_header
from contextlib import contextmanager


@contextmanager
def indented(label):
    print(f'{label} {{')
    yield
    print('}')


@indented('first call')
def greet(name):
    print('  hello,', name)


greet('Ada')
greet('Grace')  # each call gets a new context manager
