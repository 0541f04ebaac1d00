#!/usr/bin/env python3
# encoding: utf-8
"""Callbacks run when a future is done."""

#end_pymotw_header
import threading
from concurrent.futures import ThreadPoolExecutor

proceed = threading.Event()


def work(n):
    proceed.wait()
    return n * 10


def report(future):
    if threading.current_thread() is threading.main_thread():
        where = 'the main thread'
    else:
        where = 'a worker thread'
    print(f'callback: result {future.result()}, called in {where}')


with ThreadPoolExecutor(max_workers=1) as executor:
    future = executor.submit(work, 4)
    future.add_done_callback(report)
    print('callback added to a future that is not done yet')
    proceed.set()

print('after the pool shut down')
future.add_done_callback(report)
print('callback added to a future that was already done')
