#!/usr/bin/env python3
# encoding: utf-8
"""Give a child a changed copy of the environment, or a new one."""

#end_pymotw_header
import os
import subprocess
import sys

command = [sys.executable, 'subprocess_show_env.py', 'GREETING', 'TZ']

print('inherited:', flush=True)
subprocess.run(command)

env = os.environ.copy()
env['GREETING'] = 'hello from the parent'
print('a copy with one more variable:', flush=True)
subprocess.run(command, env=env)

print('only the variables given:', flush=True)
subprocess.run(command, env={'GREETING': 'nothing else'})

print('in the parent:', os.environ.get('GREETING', '(not set)'))
