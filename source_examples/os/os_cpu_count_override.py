#!/usr/bin/env python3
# encoding: utf-8
"""PYTHON_CPU_COUNT overrides what both functions report."""

#end_pymotw_header
import os

print('cpu_count():        ', os.cpu_count())
print('process_cpu_count():', os.process_cpu_count())
