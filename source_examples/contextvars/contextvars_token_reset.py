#!/usr/bin/env python3
# encoding: utf-8
"""set() returns a token that reset() uses to undo the change."""

#end_pymotw_header
import contextvars

level = contextvars.ContextVar('level', default=1)

first = level.set(2)
second = level.set(3)
print('value:', level.get())
print('second.old_value:', second.old_value)
print('first.old_value is Token.MISSING:',
      first.old_value is contextvars.Token.MISSING)
print('second.var is level:', second.var is level)

level.reset(second)
print('after reset(second):', level.get())
level.reset(first)
print('after reset(first):', level.get())

try:
    level.reset(first)
except RuntimeError:
    print('reset(first) again raised RuntimeError: a token works once')
