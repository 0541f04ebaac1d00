#!/usr/bin/env python3
# encoding: utf-8
"""A failing command: its return code, and check=True."""

#end_pymotw_header
import subprocess

command = ['ls', 'missing']

result = subprocess.run(command, capture_output=True, text=True)
print('returncode:', result.returncode)

try:
    subprocess.run(command, capture_output=True, text=True, check=True)
except subprocess.CalledProcessError as err:
    print(err)
    print('  err.returncode:', err.returncode)
    print('  err.cmd:', err.cmd)
    print('  err.stderr:')
    print('   ', err.stderr, end='')

try:
    subprocess.run(['no-such-cmd', '--help'])
except FileNotFoundError as err:
    print('not started:', err)
