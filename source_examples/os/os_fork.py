#!/usr/bin/env python3
# encoding: utf-8
"""Fork a child process and wait for it."""

#end_pymotw_header
import os

parent = os.getpid()
pid = os.fork()
if pid == 0:
    # In the child: fork() returned 0.
    print('child: my parent is the original process:',
          os.getppid() == parent)
    os._exit(3)  # leave without running the parent's clean-up

# In the parent: fork() returned the pid of the child.  Waiting first
# keeps the output in order: the child has printed everything by then.
waited, status = os.waitpid(pid, 0)
print('parent: child pid differs from mine:', pid != parent)
print('parent: waited for that child:', waited == pid)
print('parent: exit code', os.waitstatus_to_exitcode(status))
