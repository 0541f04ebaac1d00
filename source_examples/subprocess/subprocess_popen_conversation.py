#!/usr/bin/env python3
# encoding: utf-8
"""Talk to a child one line at a time."""

#end_pymotw_header
import subprocess
import sys

with subprocess.Popen(
    [sys.executable, '-u', 'subprocess_upper.py'],
    stdin=subprocess.PIPE,
    stdout=subprocess.PIPE,
    text=True,
) as proc:
    for word in ['alpha', 'beta', 'gamma']:
        proc.stdin.write(word + '\n')
        proc.stdin.flush()
        answer = proc.stdout.readline()
        print(f'sent {word!r}, got {answer.strip()!r}', flush=True)
    proc.stdin.close()
    print('remaining output:', repr(proc.stdout.read()))
print('returncode:', proc.returncode)
