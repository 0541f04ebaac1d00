#!/usr/bin/env python3
# encoding: utf-8
"""STDOUT is only a value for stderr."""

#end_pymotw_header
import subprocess

try:
    subprocess.run(['date'], stdout=subprocess.STDOUT)
except (ValueError, OSError) as err:
    print(f'{type(err).__name__}: {err}')
