#!/usr/bin/env python3
# encoding: utf-8
"""The default size of a thread pool follows the CPU count."""

#end_pymotw_header
import os
import threading
from concurrent.futures import ThreadPoolExecutor

cpus = os.process_cpu_count()
expected = min(32, cpus + 4)
lock = threading.Lock()
running = 0
peak = 0
# As many calls as the default pool should run must meet here.
meeting_point = threading.Barrier(expected)


def task(n):
    global running, peak
    with lock:
        running += 1
        peak = max(peak, running)
    meeting_point.wait()
    with lock:
        running -= 1


print('os.process_cpu_count():', cpus)
with ThreadPoolExecutor() as executor:
    list(executor.map(task, range(3 * expected)))
print('most calls running at once:', peak)
