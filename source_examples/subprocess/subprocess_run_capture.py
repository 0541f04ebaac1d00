#!/usr/bin/env python3
# encoding: utf-8
"""Capture what a command writes, as bytes or as text."""

#end_pymotw_header
import subprocess

command = ['date', '-u', '-d', '@0', '+%Y-%m-%d']

raw = subprocess.run(command, capture_output=True)
print('bytes: ', repr(raw.stdout))

decoded = subprocess.run(command, capture_output=True, text=True)
print('text:  ', repr(decoded.stdout))
print('stderr:', repr(decoded.stderr))

failed = subprocess.run(['ls', 'missing'], capture_output=True, text=True)
print('ls, stdout:', repr(failed.stdout))
print('ls, stderr:')
print(' ', repr(failed.stderr))
