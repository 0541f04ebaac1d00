#!/usr/bin/env python3
# encoding: utf-8
"""A child that never answers."""

#end_pymotw_header
import time

print('slow child: working', flush=True)
time.sleep(30)
print('slow child: done')
