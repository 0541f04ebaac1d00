#!/usr/bin/env python3
# encoding: utf-8
"""Stop a shell and everything it started, with process_group=0."""

#end_pymotw_header
import os
import select
import signal
import subprocess

script = 'sleep 30 & echo shell: started; wait'
with subprocess.Popen(script, shell=True, stdout=subprocess.PIPE,
                      text=True, process_group=0) as proc:
    print(proc.stdout.readline().strip())

    proc.terminate()
    print('shell returncode:', proc.wait())
    ready, _, _ = select.select([proc.stdout], [], [], 0.5)
    print('pipe closed after terminate():', bool(ready))

    os.killpg(proc.pid, signal.SIGTERM)
    print('rest of the output:', repr(proc.stdout.read()))
