#!/usr/bin/env python3
# encoding: utf-8
"""Find a program on PATH, as the shell would."""

#end_pymotw_header
import os
import shutil

for program in ('sh', 'python3', 'no-such-program'):
    path = shutil.which(program)
    print(f'{program:16} {path and os.path.basename(path)}')

os.makedirs('bin')
with open('bin/greet', 'w') as f:
    f.write('#!/bin/sh\necho hello\n')
print('not executable yet:', shutil.which('greet', path='bin'))
os.chmod('bin/greet', 0o755)
print('executable:', shutil.which('greet', path='bin'))
