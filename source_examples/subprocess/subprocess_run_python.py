#!/usr/bin/env python3
# encoding: utf-8
"""Run a Python script of the same folder with sys.executable."""

#end_pymotw_header
import subprocess
import sys

command = [sys.executable, 'subprocess_child.py', 'one', 'two words']
result = subprocess.run(command, capture_output=True, text=True)
print('returncode:', result.returncode)
print('stdout:', result.stdout.splitlines())
print('stderr:', result.stderr.splitlines())

result = subprocess.run([sys.executable, 'subprocess_child.py', '--fail'],
                        capture_output=True, text=True)
print('with --fail, returncode:', result.returncode)
