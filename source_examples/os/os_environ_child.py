#!/usr/bin/env python3
# encoding: utf-8
"""Children inherit the environment of their parent."""

#end_pymotw_header
import os
import subprocess
import sys

code = 'import os; print("child sees:", os.environ.get("STAGE"))'

os.environ['STAGE'] = 'testing'
subprocess.run([sys.executable, '-c', code], check=True)

# A changed copy for one child only.
env = os.environ | {'STAGE': 'production'}
subprocess.run([sys.executable, '-c', code], env=env, check=True)
print('parent still has:', os.environ['STAGE'])
