#!/usr/bin/env python3
# encoding: utf-8
"""Leaving a with block terminates the pool; close() and join() finish."""

#end_pymotw_header
import multiprocessing

from multiprocessing_jobs import block, divide

if __name__ == '__main__':
    pool = multiprocessing.Pool(processes=2)
    results = [pool.apply_async(divide, (n, 2)) for n in range(4)]
    pool.close()  # no more tasks; the workers exit once the queue is empty
    pool.join()   # waits for them
    print('after close() and join():', [r.get() for r in results])

    with multiprocessing.Pool(processes=2) as pool:
        stuck = pool.apply_async(block)
        quick = pool.apply_async(divide, (9, 3))
        print('quick result:', quick.get(timeout=10))
    print('after with: stuck ready?', stuck.ready())
    print('children left:', multiprocessing.active_children())
