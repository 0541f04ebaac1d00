#!/usr/bin/env python3
# encoding: utf-8
"""A context remembers what code run inside it set."""

#end_pymotw_header
import contextvars

calls = contextvars.ContextVar('calls', default=0)


def count_call():
    calls.set(calls.get() + 1)
    return calls.get()


ctx = contextvars.Context()  # a new, empty context
for _ in range(3):
    print('run in ctx, calls =', ctx.run(count_call))
print('outside ctx, calls =', calls.get())


def run_again():
    return ctx.run(count_call)


try:
    ctx.run(run_again)
except RuntimeError as error:
    print('RuntimeError:', str(error).split(':')[0])
