#!/usr/bin/env python3
# encoding: utf-8
"""A BoundedSemaphore refuses to be released too often."""

#end_pymotw_header
import threading

plain = threading.Semaphore(1)
plain.release()  # a bug: nothing was acquired, yet the count grows
print('Semaphore(1) now lets in:', sum(
    plain.acquire(blocking=False) for _ in range(3)))

bounded = threading.BoundedSemaphore(1)
try:
    bounded.release()
except ValueError as error:
    print('BoundedSemaphore(1):', error)
