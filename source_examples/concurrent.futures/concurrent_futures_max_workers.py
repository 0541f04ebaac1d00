#!/usr/bin/env python3
# encoding: utf-8
"""max_workers limits how many calls run at the same time."""

#end_pymotw_header
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
running = 0
peak = 0
threads_used = set()
# Three calls at a time must meet here before any of them goes on.
meeting_point = threading.Barrier(3)


def task(n):
    global running, peak
    with lock:
        running += 1
        peak = max(peak, running)
        threads_used.add(threading.get_ident())
    meeting_point.wait()
    with lock:
        running -= 1
    return n


with ThreadPoolExecutor(max_workers=3) as executor:
    results = list(executor.map(task, range(12)))

print('calls made:', len(results))
print('most calls running at once:', peak)
print('threads used:', len(threads_used))

try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as exc:
    print('max_workers=0:', exc)
