#!/usr/bin/env python3
# encoding: utf-8
"""Look at the stack of a running program from outside it."""

#end_pymotw_header
import re
import subprocess
import sys

with subprocess.Popen([sys.executable, 'profiling_stuck.py'],
                      stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                      text=True) as program:
    program.stdout.readline()  # 'ready': it is waiting for input now
    dump = subprocess.run(
        [sys.executable, '-m', 'profiling.sampling', 'dump',
         str(program.pid)],
        capture_output=True, text=True)
    print(re.sub(r"(PID|thread) \d+", r"\1 N", dump.stdout + dump.stderr))
    program.stdin.close()  # end of input: the program ends
