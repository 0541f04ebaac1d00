#!/usr/bin/env python3
# encoding: utf-8
"""What each clock of the time module is, according to the system."""

#end_pymotw_header
import time

for name in ['time', 'monotonic', 'perf_counter', 'process_time',
             'thread_time']:
    info = time.get_clock_info(name)
    print(f'{name}()')
    print(f'  implementation: {info.implementation}')
    print(f'  resolution:     {info.resolution}')
    print(f'  monotonic:      {info.monotonic}')
    print(f'  adjustable:     {info.adjustable}')
