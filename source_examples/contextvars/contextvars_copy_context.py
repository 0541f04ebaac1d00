#!/usr/bin/env python3
# encoding: utf-8
"""A copy of the current context, and code run inside it."""

#end_pymotw_header
import contextvars

color = contextvars.ContextVar('color', default='red')
size = contextvars.ContextVar('size')

color.set('blue')
ctx = contextvars.copy_context()
print('in the copy: color =', ctx[color])
print('in the copy: size is set?', size in ctx)


def paint():
    color.set('green')
    size.set('large')
    print('inside run(): color =', color.get(), 'size =', size.get())


ctx.run(paint)
print('outside: color =', color.get(), 'size =', size.get('not set'))
print('the copy kept: color =', ctx[color], 'size =', ctx[size])
