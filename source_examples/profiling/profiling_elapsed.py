#!/usr/bin/env python3
# encoding: utf-8
"""Wall-clock time and CPU time of the same piece of work."""

#end_pymotw_header
import time

wall_start = time.perf_counter()
cpu_start = time.process_time()

time.sleep(0.2)  # waiting: wall-clock time passes, CPU time does not
total = sum(i * i for i in range(300_000))  # computing: both pass

wall = time.perf_counter() - wall_start
cpu = time.process_time() - cpu_start
print(f'perf_counter: {wall:.3f} s')
print(f'process_time: {cpu:.3f} s')
print('the sleep counts in wall time:', wall >= 0.2)
print('but not in CPU time:          ', cpu < wall - 0.1)
