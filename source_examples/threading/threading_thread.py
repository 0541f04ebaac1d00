#!/usr/bin/env python3
# encoding: utf-8
"""Start threads with arguments, wait for them with join()."""

#end_pymotw_header
import threading


def square(n, results):
    results[n] = n * n


results = {}
threads = [
    threading.Thread(target=square, args=(n, results)) for n in range(5)
]
for thread in threads:
    thread.start()
print('started', len(threads), 'threads')

for thread in threads:
    thread.join()
print('all joined; alive:', [t.is_alive() for t in threads])
print('results:', sorted(results.items()))
