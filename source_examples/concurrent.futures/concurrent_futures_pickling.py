#!/usr/bin/env python3
# encoding: utf-8
"""Calls, arguments and results travel to the workers by pickle."""

#end_pymotw_header
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def double(n):
    return n * 2


def main():
    context = multiprocessing.get_context('spawn')
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        print('module-level function:', pool.submit(double, 21).result())

        future = pool.submit(lambda n: n * 2, 21)
        exc = future.exception()
        print(f'lambda: {type(exc).__name__}: {exc}')

        future = pool.submit(double, (n for n in range(3)))
        exc = future.exception()
        print(f'generator: {type(exc).__name__}: {exc}')


if __name__ == '__main__':
    main()
