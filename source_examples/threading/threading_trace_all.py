#!/usr/bin/env python3
# encoding: utf-8
"""settrace_all_threads() reaches threads that are already running."""

#end_pymotw_header
import threading

calls = []


def tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_filename == __file__:
        thread = threading.current_thread().name
        calls.append(f'{thread} called {frame.f_code.co_name}()')


def step():
    pass


started = threading.Event()
go = threading.Event()


def worker():
    started.set()
    go.wait()
    step()


thread = threading.Thread(target=worker, name='worker')
thread.start()
started.wait()  # the worker runs before any tracing is set up

threading.settrace_all_threads(tracer)
go.set()
thread.join()
step()
threading.settrace_all_threads(None)
print('\n'.join(calls))
