#!/usr/bin/env python3
# encoding: utf-8
"""A context manager written as a generator."""

#end_pymotw_header
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f'<{name}>')
    yield name.upper()  # the value bound by "as"
    print(f'</{name}>')


with tag('p') as value:
    print('  body, with', value)
