#!/usr/bin/env python3
# encoding: utf-8
"""A future reports whether its call is pending, running or done."""

#end_pymotw_header
import threading
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()
proceed = threading.Event()


def task(name):
    started.set()
    proceed.wait()
    return f'{name} finished'


def show(label, future):
    print(f'{label:<7} running: {future.running()!s:<5}  '
          f'done: {future.done()}')


with ThreadPoolExecutor(max_workers=1) as executor:
    first = executor.submit(task, 'first')
    second = executor.submit(task, 'second')  # queued: one worker only
    started.wait()  # the worker is inside task('first') now
    show('first', first)
    show('second', second)

    proceed.set()
    print(second.result())
    show('first', first)
    show('second', second)
