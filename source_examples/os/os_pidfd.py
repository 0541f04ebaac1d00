#!/usr/bin/env python3
# encoding: utf-8
"""Wait for a child through a process file descriptor."""

#end_pymotw_header
import os
import select
import sys

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)  # wait for the parent's go-ahead
    os._exit(7)
os.close(r)

fd = os.pidfd_open(pid)  # Linux 5.3 or later
poller = select.poll()
poller.register(fd, select.POLLIN)
print('child still running:', poller.poll(0) == [])

os.write(w, b'x')  # let the child finish
print('readable once the child exits:', poller.poll(5000) != [])
_, status = os.waitpid(pid, 0)
print('exit code:', os.waitstatus_to_exitcode(status))
os.close(fd)
os.close(w)
print('platform:', sys.platform)
