#!/usr/bin/env python3
# encoding: utf-8
"""A failing initializer breaks the pool."""

#end_pymotw_header
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool


def connect(address):
    raise ConnectionRefusedError(f'nothing listens on {address}')


def query(sql):
    return f'{sql} done'


executor = ThreadPoolExecutor(max_workers=1, initializer=connect,
                              initargs=('127.0.0.1:5432',))
future = executor.submit(query, 'SELECT 1')
exc = future.exception()
print(f'the future failed with {type(exc).__name__}: {exc}')
try:
    executor.submit(query, 'SELECT 2')
except BrokenThreadPool as exc:
    print('submit() raised', type(exc).__name__)
executor.shutdown()
