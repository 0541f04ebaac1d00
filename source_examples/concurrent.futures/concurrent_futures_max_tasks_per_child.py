#!/usr/bin/env python3
# encoding: utf-8
"""max_tasks_per_child replaces a worker process after some tasks."""

#end_pymotw_header
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

cache = []  # grows with every call made in the same process


def handle(request):
    cache.append(request)
    return len(cache)


def main():
    context = multiprocessing.get_context('spawn')
    requests = range(6)

    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        sizes = list(pool.map(handle, requests))
    print('one process for every task:  ', sizes)

    with ProcessPoolExecutor(max_workers=1, mp_context=context,
                             max_tasks_per_child=1) as pool:
        sizes = list(pool.map(handle, requests))
    print('a new process for each task: ', sizes)


if __name__ == '__main__':
    main()
