#!/usr/bin/env python3
# encoding: utf-8
"""shutdown(cancel_futures=True) drops the calls still queued."""

#end_pymotw_header
import threading
from concurrent.futures import ThreadPoolExecutor

started = threading.Semaphore(0)
proceed = threading.Event()


def task(n):
    started.release()
    proceed.wait()
    return n


with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(task, n) for n in range(6)]
    started.acquire()
    started.acquire()  # both workers are busy; four calls are queued
    executor.shutdown(wait=False, cancel_futures=True)
    proceed.set()

print('cancelled:', [f.cancelled() for f in futures])
print('results:', [f.result() for f in futures if not f.cancelled()])
