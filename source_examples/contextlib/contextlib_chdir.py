#!/usr/bin/env python3
# encoding: utf-8
"""Change the working directory for one block."""

#end_pymotw_header
import os
from contextlib import chdir

os.makedirs('build/output', exist_ok=True)
start = os.getcwd()

with chdir('build/output'):
    print('inside:', os.path.relpath(os.getcwd(), start))
    with open('result.txt', 'w') as f:
        f.write('done\n')

print('after: ', os.path.relpath(os.getcwd(), start))
print('written:', os.path.exists('build/output/result.txt'))
