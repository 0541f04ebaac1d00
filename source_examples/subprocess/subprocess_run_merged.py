#!/usr/bin/env python3
# encoding: utf-8
"""Merge the standard error of a child into its standard output."""

#end_pymotw_header
import subprocess
import sys

command = [sys.executable, '-u', 'subprocess_child.py']

merged = subprocess.run(command, stdout=subprocess.PIPE,
                        stderr=subprocess.STDOUT, text=True)
print('merged stdout:')
print(merged.stdout, end='')
print('stderr:', merged.stderr)

quiet = subprocess.run(command, stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, text=True)
print('stdout with stderr discarded:')
print(quiet.stdout, end='')
