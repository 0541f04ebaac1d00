#!/usr/bin/env python3
# encoding: utf-8
"""A new thread starts with an empty context."""

#end_pymotw_header
import contextvars
import threading

request = contextvars.ContextVar('request', default='no request')


def show(where):
    print(f'{where:<22} {request.get()}')


def run_thread(target, *args):
    thread = threading.Thread(target=target, args=args)
    thread.start()
    thread.join()


request.set('GET /index.html')
show('main thread:')
run_thread(show, 'new thread:')
run_thread(contextvars.copy_context().run, show, 'thread in a copy:')
