#!/usr/bin/env python3
# encoding: utf-8
"""Output that differs from run to run."""

#end_pymotw_header
import time

started = time.perf_counter()
total = sum(range(100_000))
elapsed = time.perf_counter() - started

print(f'sum: {total}')
print(f'took {elapsed:.6f} seconds')
print('an object:', object())
