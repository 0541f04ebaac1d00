#!/usr/bin/env python3
# encoding: utf-8
"""Sample a script's stacks and find where it spends its time."""

#end_pymotw_header
import collections
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as folder:
    output = Path(folder) / 'samples.pstats'
    command = [sys.executable, '-m', 'profiling.sampling', 'run',
               '--pstats', '-o', output, 'profiling_workload.py']
    run = subprocess.run(command, capture_output=True, text=True,
                         check=True)
    print(run.stdout.splitlines()[0])  # the script's own output
    print(run.stdout.splitlines()[1])  # the profiler's summary begins
    stats = pstats.Stats(str(output))

by_function = collections.Counter()
for (_file, _line, function), row in stats.stats.items():
    by_function[function] += row[0]  # samples with this line on top
total = by_function.total()
function, samples = by_function.most_common(1)[0]
print(f'on top of the stack most often: {function},'
      f' {samples / total:.0%} of the samples')
print('more than half of them:', samples > total / 2)
