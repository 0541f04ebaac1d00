#!/usr/bin/env python3
# encoding: utf-8
"""Python 3.14: a thread can start in a given context."""

#end_pymotw_header
import contextvars
import sys
import threading

user = contextvars.ContextVar('user', default='nobody')
user.set('ann')
seen = {}


def report(label):
    seen[label] = user.get()


print('threads inherit the context:', bool(sys.flags.thread_inherit_context))
plain = threading.Thread(target=report, args=('default',))
copied = threading.Thread(
    target=report, args=('context=copy',),
    context=contextvars.copy_context(),
)
for thread in (plain, copied):
    thread.start()
    thread.join()
for label, value in seen.items():
    print(f'{label:13} sees user={value!r}')
