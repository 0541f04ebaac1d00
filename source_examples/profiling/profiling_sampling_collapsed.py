#!/usr/bin/env python3
# encoding: utf-8
"""Collapsed stacks: one line per distinct stack, with its sample count."""

#end_pymotw_header
import re
import subprocess
import sys
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as folder:
    output = Path(folder) / 'stacks.txt'
    command = [sys.executable, '-m', 'profiling.sampling', 'run',
               '--collapsed', '-o', output, 'profiling_workload.py']
    subprocess.run(command, capture_output=True, check=True)
    text = output.read_text()

lines = [line.rsplit(' ', 1) for line in text.splitlines()]
stack, count = max(lines, key=lambda pair: int(pair[1]))
print('the most frequent stack, outermost frame first:')
for frame in stack.split(';'):
    print('  ', re.sub(r'^tid:\d+$', 'tid:THREAD', frame))
print('seen in', count, 'samples')
