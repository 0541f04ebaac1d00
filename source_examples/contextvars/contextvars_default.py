#!/usr/bin/env python3
# encoding: utf-8
"""Three ways to read a variable that has no value yet."""

#end_pymotw_header
import contextvars

retries = contextvars.ContextVar('retries', default=3)
timeout = contextvars.ContextVar('timeout')

print('retries.get():', retries.get())
print('timeout.get(10.0):', timeout.get(10.0))
print('retries.get(5):', retries.get(5))

try:
    timeout.get()
except LookupError as error:
    print('timeout.get() raised LookupError')
    print('the error holds the variable:', error.args[0] is timeout)
