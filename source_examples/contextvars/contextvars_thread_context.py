#!/usr/bin/env python3
# encoding: utf-8
"""Choosing the context a new thread starts in (3.14+)."""

#end_pymotw_header
import contextvars
import sys
import threading

request = contextvars.ContextVar('request', default='no request')


def show(where):
    print(f'{where:<24} {request.get()}')


def run_thread(where, context=None):
    thread = threading.Thread(target=show, args=(where,), context=context)
    thread.start()
    thread.join()


print('thread_inherit_context:', sys.flags.thread_inherit_context)
request.set('GET /index.html')
run_thread('context=None:')
run_thread('context=copy_context():', contextvars.copy_context())
run_thread('context=Context():', contextvars.Context())
