#!/usr/bin/env python3
# encoding: utf-8
"""An exception from a worker process carries the worker's traceback."""

#end_pymotw_header
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from concurrent_futures_ports import parse_port


def main():
    context = multiprocessing.get_context('spawn')
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        future = pool.submit(parse_port, 'eighty')
        print('port:', future.result())


if __name__ == '__main__':
    main()
