#!/usr/bin/env python3
# encoding: utf-8
"""How much room is left on the disk."""

#end_pymotw_header
import shutil

usage = shutil.disk_usage('.')
print('fields:', usage._fields)
print('used + free <= total:', usage.used + usage.free <= usage.total)
print(f'free: {usage.free / 2**30:.1f} GiB of {usage.total / 2**30:.1f} GiB')
