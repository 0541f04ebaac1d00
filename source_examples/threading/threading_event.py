#!/usr/bin/env python3
# encoding: utf-8
"""Threads wait for an Event before they start work."""

#end_pymotw_header
import threading

start = threading.Event()
results = {}


def worker(n):
    start.wait()
    results[n] = n * 10


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for thread in threads:
    thread.start()
print('set yet?', start.is_set(), '- results so far:', results)

start.set()
for thread in threads:
    thread.join()
print('set yet?', start.is_set(), '- results:', sorted(results.items()))

print('wait(0.01) on an event nobody sets:', threading.Event().wait(0.01))
