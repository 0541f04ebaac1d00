#!/usr/bin/env python3
# encoding: utf-8
"""Replace the child with another program with exec."""

#end_pymotw_header
import os
import sys

pid = os.fork()
if pid == 0:
    # execv() does not return: the child becomes the new program.
    os.execv(sys.executable,
             [sys.executable, '-c', 'print("child: now running -c code")'])

_, status = os.waitpid(pid, 0)
print('parent: exit code', os.waitstatus_to_exitcode(status))

# The exec*p* variants search PATH; the *e variants take an environment.
pid = os.fork()
if pid == 0:
    os.execlpe('sh', 'sh', '-c', 'echo "child: GREETING=$GREETING"',
               {'GREETING': 'hello', 'PATH': os.environ['PATH']})
_, status = os.waitpid(pid, 0)
print('parent: exit code', os.waitstatus_to_exitcode(status))
