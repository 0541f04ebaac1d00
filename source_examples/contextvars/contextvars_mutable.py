#!/usr/bin/env python3
# encoding: utf-8
"""Copies of a context share the objects the variables refer to."""

#end_pymotw_header
import contextvars

settings = contextvars.ContextVar('settings')
settings.set({'debug': False})


def change_in_place():
    settings.get()['debug'] = True


def replace():
    settings.set({**settings.get(), 'verbose': True})


contextvars.copy_context().run(change_in_place)
print('changed in place in a copy:', settings.get())

ctx = contextvars.copy_context()
ctx.run(replace)
print('replaced in a copy, here:', settings.get())
print('replaced in a copy, there:', ctx[settings])
