#!/usr/bin/env python3
# encoding: utf-8
"""Read the output of a running child line by line."""

#end_pymotw_header
import subprocess
import sys

command = [sys.executable, 'subprocess_words.py']
with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as proc:
    print('started, returncode:', proc.returncode)
    words = []
    for line in proc.stdout:
        words.append(line.strip())
    print('read', len(words), 'lines, returncode:', proc.returncode)
print('after the with block, returncode:', proc.returncode)
print('stdout closed:', proc.stdout.closed)
print('last words:', words[-3:])
