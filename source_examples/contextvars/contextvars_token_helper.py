#!/usr/bin/env python3
# encoding: utf-8
"""Set a value for the length of a with statement."""

#end_pymotw_header
import contextlib
import contextvars

indent = contextvars.ContextVar('indent', default=0)


@contextlib.contextmanager
def indented():
    token = indent.set(indent.get() + 2)
    try:
        yield
    finally:
        indent.reset(token)


def say(text):
    print(' ' * indent.get() + text)


say('report')
with indented():
    say('section 1')
    with indented():
        say('detail a')
        say('detail b')
    say('section 2')
say('end of report')
