#!/usr/bin/env python3
# encoding: utf-8
"""Only a future that has not started yet can be cancelled."""

#end_pymotw_header
import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

started = threading.Event()
proceed = threading.Event()


def task(name):
    started.set()
    proceed.wait()
    return name


with ThreadPoolExecutor(max_workers=1) as executor:
    futures = {name: executor.submit(task, name)
               for name in ['one', 'two', 'three']}
    started.wait()  # 'one' is running; the others wait in the queue

    print('cancel one:', futures['one'].cancel())
    print('cancel two:', futures['two'].cancel())
    proceed.set()

for name, future in futures.items():
    try:
        outcome = f'result {future.result()!r}'
    except CancelledError:
        outcome = 'CancelledError'
    print(f'{name:<5} cancelled: {future.cancelled()!s:<5}  '
          f'done: {future.done()}  {outcome}')
