#!/usr/bin/env python3
# encoding: utf-8
"""Run the same examples under several hash seeds."""

#end_pymotw_header
import os
import subprocess
import sys

for seed in range(5):
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    result = subprocess.run(
        [sys.executable, '-m', 'doctest', 'doctest_hashed_values.py'],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode == 0:
        print(f'PYTHONHASHSEED={seed}: passed')
    else:
        lines = result.stdout.splitlines()
        got = lines[lines.index('Got:') + 1].strip()
        print(f'PYTHONHASHSEED={seed}: failed, got {got}')
