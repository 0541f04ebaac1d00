#!/usr/bin/env python3
# encoding: utf-8
"""How many CPUs there are, and how many this process may use."""

#end_pymotw_header
import os

total = os.cpu_count()
usable = os.process_cpu_count()
print('cpu_count() is at least 1:', total >= 1)
print('process_cpu_count() <= cpu_count():', usable <= total)
print('same as the affinity mask:', usable == len(os.sched_getaffinity(0)))

os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
print('after pinning to one CPU:', os.process_cpu_count())
print('cpu_count() unchanged:', os.cpu_count() == total)
