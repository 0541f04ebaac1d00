#!/usr/bin/env python3
# encoding: utf-8
"""shutdown(wait=False) returns before the running calls end."""

#end_pymotw_header
import threading
from concurrent.futures import ThreadPoolExecutor

proceed = threading.Event()


def task():
    proceed.wait()
    print('task: finishing after the main script ended')


executor = ThreadPoolExecutor(max_workers=1)
future = executor.submit(task)
executor.shutdown(wait=False)
print('shutdown(wait=False) returned; task done:', future.done())

try:
    executor.submit(task)
except RuntimeError as exc:
    print('submit() raised:', exc)

print('main: end of the script')
proceed.set()  # nothing is printed by the main thread after this line
