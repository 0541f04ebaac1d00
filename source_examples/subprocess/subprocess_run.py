#!/usr/bin/env python3
# encoding: utf-8
"""Run a command and wait for it to finish."""

#end_pymotw_header
import subprocess

print('running date', flush=True)
completed = subprocess.run(['date', '-u', '-d', '@0'])
print('args:', completed.args)
print('returncode:', completed.returncode)
print(completed)
