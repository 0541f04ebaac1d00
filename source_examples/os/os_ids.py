#!/usr/bin/env python3
# encoding: utf-8
"""Which process is this, and who runs it."""

#end_pymotw_header
import os
import subprocess
import sys

pid = os.getpid()
print('pid is a positive int:', isinstance(pid, int) and pid > 0)

code = 'import os; print(os.getpid(), os.getppid())'
out = subprocess.run([sys.executable, '-c', code], check=True,
                     capture_output=True, text=True).stdout
child_pid, child_ppid = map(int, out.split())
print('child pid differs from ours:', child_pid != pid)
print("child's parent is us:", child_ppid == pid)

print('real and effective user are the same:', os.getuid() == os.geteuid())

with open('mine.txt', 'w'):
    pass
print('a new file belongs to the effective user:',
      os.stat('mine.txt').st_uid == os.geteuid())
