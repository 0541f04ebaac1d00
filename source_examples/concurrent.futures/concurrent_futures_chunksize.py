#!/usr/bin/env python3
# encoding: utf-8
"""chunksize sends map() inputs to the workers in batches."""

#end_pymotw_header
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

calls = 0  # counts the calls made in this process


def count_call(item):
    global calls
    calls += 1
    return calls


def main():
    context = multiprocessing.get_context('spawn')
    # Each worker process handles one task and exits, so the count
    # restarts with every task, and a task is one chunk of inputs.
    with ProcessPoolExecutor(max_workers=2, mp_context=context,
                             max_tasks_per_child=1) as pool:
        for chunksize in [1, 3, 5]:
            counts = list(pool.map(count_call, range(8),
                                   chunksize=chunksize))
            print(f'chunksize={chunksize}: {counts}')


if __name__ == '__main__':
    main()
