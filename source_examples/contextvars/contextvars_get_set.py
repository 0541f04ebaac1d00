#!/usr/bin/env python3
# encoding: utf-8
"""Create a context variable, then read and change its value."""

#end_pymotw_header
import contextvars

user = contextvars.ContextVar('user', default='anonymous')

print('name:', user.name)
print('before set():', user.get())

user.set('alice')
print('after set():', user.get())

user.set('bob')
print('after another set():', user.get())
