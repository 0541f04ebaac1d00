#!/usr/bin/env python3
# encoding: utf-8
"""Clean-up callbacks run last in, first out."""

#end_pymotw_header
from contextlib import ExitStack


def release(name):
    print('release', name)


with ExitStack() as stack:
    for name in ('database', 'cache', 'socket'):
        print('acquire', name)
        stack.callback(release, name)

    @stack.push
    def log_error(exc_type, exc, tb):
        print('exit callback sees:', exc_type)
        return False

    print('working')
