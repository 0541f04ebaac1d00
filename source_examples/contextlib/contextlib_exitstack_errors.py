#!/usr/bin/env python3
# encoding: utf-8
"""An exit callback can handle the exception of the block."""

#end_pymotw_header
from contextlib import ExitStack, suppress


def outer(exc_type, exc, tb):
    print('outer sees:', repr(exc))
    return False


with ExitStack() as stack:
    stack.push(outer)
    stack.enter_context(suppress(ZeroDivisionError))
    print('dividing')
    print(1 / 0)

print('the block ended without an exception')

try:
    with ExitStack() as stack:
        stack.push(outer)
        stack.callback(print, 'callback: cannot swallow errors')
        raise LookupError('not found')
except LookupError as err:
    print('propagated:', repr(err))
