#!/usr/bin/env python3
# encoding: utf-8
"""A token used as a context manager resets its variable (3.14+)."""

#end_pymotw_header
import contextvars

indent = contextvars.ContextVar('indent', default=0)


def say(text):
    print(' ' * indent.get() + text)


say('report')
with indent.set(indent.get() + 2):
    say('section 1')
    with indent.set(indent.get() + 2) as token:
        say(f'detail a (old value {token.old_value})')
    say('section 2')
    try:
        with indent.set(99):
            raise ValueError('failed half way')
    except ValueError as err:
        say(f'after {err!r}: indent is {indent.get()}')
say('end of report')

try:
    indent.reset(token)
except RuntimeError as err:
    print('reset after the with block:', type(err).__name__)
