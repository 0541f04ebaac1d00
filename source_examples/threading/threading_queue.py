#!/usr/bin/env python3
# encoding: utf-8
"""A pool of worker threads fed by a queue."""

#end_pymotw_header
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()


def worker():
    while (word := tasks.get()) is not None:  # None: time to stop
        results.put((word, len(word)))


workers = [threading.Thread(target=worker) for _ in range(3)]
for thread in workers:
    thread.start()
for word in ['apple', 'fig', 'banana', 'kiwi', 'cherry']:
    tasks.put(word)
for _ in workers:
    tasks.put(None)
for thread in workers:
    thread.join()

print(dict(sorted(results.get() for _ in range(results.qsize()))))
