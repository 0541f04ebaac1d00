#!/usr/bin/env python3
# encoding: utf-8
"""Stop a child after a timeout and make sure it is gone."""

#end_pymotw_header
import signal
import subprocess
import sys

with subprocess.Popen(
    [sys.executable, 'subprocess_slow.py'],
    stdout=subprocess.PIPE,
    text=True,
) as proc:
    print('first line:', proc.stdout.readline().strip())
    try:
        proc.communicate(timeout=0.5)
    except subprocess.TimeoutExpired:
        print('no end after 0.5 seconds; killing the child')
        proc.kill()
        rest, _ = proc.communicate()
        print('rest of the output:', repr(rest))

print('returncode:', proc.returncode)
print('signal:', signal.Signals(-proc.returncode).name)
print('poll():', proc.poll())
