#!/usr/bin/env python3
# encoding: utf-8
"""communicate() writes the input and reads both outputs."""

#end_pymotw_header
import subprocess
import sys

lines = [f'line {n}\n' for n in range(1, 20_001)]
data = ''.join(lines)
print(f'sending {len(data):,} characters')

with subprocess.Popen(
    [sys.executable, 'subprocess_upper.py'],
    stdin=subprocess.PIPE,
    stdout=subprocess.PIPE,
    stderr=subprocess.PIPE,
    text=True,
) as proc:
    out, err = proc.communicate(data)

print(f'received {len(out):,} characters')
print('first and last:', out.splitlines()[0], '/', out.splitlines()[-1])
print('stderr:', err.strip())
print('returncode:', proc.returncode)
