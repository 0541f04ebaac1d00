#!/usr/bin/env python3
# encoding: utf-8
"""Decode how a child ended from its wait status."""

#end_pymotw_header
import os
import signal


def run_child(action):
    pid = os.fork()
    if pid == 0:
        action()
    _, status = os.waitpid(pid, 0)
    return status


for label, action in [
    ('exit(0)', lambda: os._exit(0)),
    ('exit(2)', lambda: os._exit(2)),
    ('SIGTERM', lambda: os.kill(os.getpid(), signal.SIGTERM)),
]:
    status = run_child(action)
    if os.WIFEXITED(status):
        how = f'exited with {os.WEXITSTATUS(status)}'
    elif os.WIFSIGNALED(status):
        how = f'killed by {signal.Signals(os.WTERMSIG(status)).name}'
    print(f'{label:8} {how:22} exit code {os.waitstatus_to_exitcode(status)}')
