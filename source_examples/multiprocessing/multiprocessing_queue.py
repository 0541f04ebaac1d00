#!/usr/bin/env python3
# encoding: utf-8
"""Worker processes take tasks from one Queue and put results on another."""

#end_pymotw_header
import multiprocessing


def worker(tasks, results):
    for n in iter(tasks.get, None):  # None: time to stop
        results.put((n, n ** 3))


if __name__ == '__main__':
    tasks = multiprocessing.Queue()
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=worker, args=(tasks, results))
        for _ in range(3)
    ]
    for process in workers:
        process.start()
    for n in range(8):
        tasks.put(n)
    for _ in workers:
        tasks.put(None)

    # Read everything before join(): a process that put items on a
    # queue exits only once they have been passed on to the pipe.
    collected = [results.get() for _ in range(8)]
    for process in workers:
        process.join()
    print(dict(sorted(collected)))
