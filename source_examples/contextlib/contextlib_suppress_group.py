#!/usr/bin/env python3
# encoding: utf-8
"""suppress() and exception groups."""

#end_pymotw_header
from contextlib import suppress


def fail(*errors):
    raise ExceptionGroup('several failures', list(errors))


try:
    with suppress(KeyError):
        fail(KeyError('a'), KeyError('b'))
    print('group of KeyErrors: suppressed')
except ExceptionGroup as group:
    print('group of KeyErrors escaped:', group.exceptions)

try:
    with suppress(KeyError):
        fail(KeyError('a'), ValueError('b'))
    print('mixed group: suppressed')
except ExceptionGroup as group:
    print('mixed group escaped with:', group.exceptions)
