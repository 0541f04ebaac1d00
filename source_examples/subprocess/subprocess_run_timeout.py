#!/usr/bin/env python3
# encoding: utf-8
"""Give up on a command that takes too long."""

#end_pymotw_header
import subprocess

command = ['sh', '-c', 'echo started; exec sleep 30']
try:
    subprocess.run(command, capture_output=True, text=True, timeout=1)
except subprocess.TimeoutExpired as err:
    print('gave up on:', err.cmd)
    print('time limit:', err.timeout, 'second')
    print('output so far:', repr(err.stdout))
