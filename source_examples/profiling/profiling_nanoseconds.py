#!/usr/bin/env python3
# encoding: utf-8
"""The _ns clocks count whole nanoseconds; floats lose them."""

#end_pymotw_header
import math
import time

now = time.time()
print('time() is a float:    ', type(now).__name__)
print('its step near now, ns:', round(math.ulp(now) * 1e9))
print('time_ns() is an int:  ', type(time.time_ns()).__name__)

start = time.perf_counter_ns()
sum(range(1000))
elapsed = time.perf_counter_ns() - start
print(f'sum(range(1000)) took {elapsed:,} ns')
