#!/usr/bin/env python3
# encoding: utf-8
"""threading.Lock is a class from Python 3.13."""

#end_pymotw_header
import threading

lock = threading.Lock()
print('type of a lock:', type(lock))
print('threading.Lock is a class:', isinstance(threading.Lock, type))
try:
    answer = isinstance(lock, threading.Lock)
except TypeError as error:
    answer = f'TypeError: {error}'
print('isinstance(lock, threading.Lock):', answer)
