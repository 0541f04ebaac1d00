#!/usr/bin/env python3
# encoding: utf-8
"""A child's standard output is buffered when it is a pipe."""

#end_pymotw_header
import os
import subprocess
import sys

# Examples on this site run unbuffered; take that away from the child.
env = {
    name: value
    for name, value in os.environ.items()
    if name != 'PYTHONUNBUFFERED'
}

for options in [[], ['-u']]:
    command = [sys.executable, *options, 'subprocess_child.py']
    result = subprocess.run(command, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)
    print('python3', *options, 'subprocess_child.py:')
    for line in result.stdout.splitlines():
        print('   ', line)
