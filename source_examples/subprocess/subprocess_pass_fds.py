#!/usr/bin/env python3
# encoding: utf-8
"""Handing an extra file descriptor to a child with pass_fds."""

#end_pymotw_header
import os
import subprocess
import sys

# The child writes a report to the descriptor named on its command line.
child_code = (
    'import os, sys\n'
    'fd = int(sys.argv[1])\n'
    'os.write(fd, b"report on the extra pipe\\n")\n'
    'print("normal output on stdout")\n'
)

read_end, write_end = os.pipe()
result = subprocess.run(
    [sys.executable, '-c', child_code, str(write_end)],
    pass_fds=[write_end],
    capture_output=True,
    text=True,
)
os.close(write_end)  # the child has its own copy
with os.fdopen(read_end, encoding='utf-8') as extra:
    print('extra pipe:', extra.read().rstrip())
print('stdout:    ', result.stdout.rstrip())

# Without pass_fds, close_fds=True closes the descriptor in the child.
read_end, write_end = os.pipe()
result = subprocess.run(
    [sys.executable, '-c', child_code, str(write_end)],
    capture_output=True,
    text=True,
)
os.close(write_end)
os.close(read_end)
print('without pass_fds:', result.stderr.strip().splitlines()[-1])
