#!/usr/bin/env python3
# encoding: utf-8
"""apply_async() returns an AsyncResult; errors come back from get()."""

#end_pymotw_header
import multiprocessing

from multiprocessing_jobs import divide

if __name__ == '__main__':
    with multiprocessing.Pool(processes=2) as pool:
        fine = pool.apply_async(divide, (10, 4))
        broken = pool.apply_async(divide, (1, 0))
        print('10 / 4 =', fine.get(timeout=10))
        try:
            broken.get(timeout=10)
        except ZeroDivisionError as error:
            print(f'1 / 0 raised in the parent: {type(error).__name__}:',
                  error)
            print('  the worker traceback is attached:',
                  'divide' in str(error.__cause__))
        print('successful:', fine.successful(), broken.successful())
