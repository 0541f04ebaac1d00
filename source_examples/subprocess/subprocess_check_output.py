#!/usr/bin/env python3
# encoding: utf-8
"""check_output() returns what the command printed."""

#end_pymotw_header
import subprocess

weekday = subprocess.check_output(
    ['date', '-u', '-d', '@0', '+%A'], text=True,
)
print('1 January 1970 was a', weekday.strip())

try:
    subprocess.check_output(['ls', 'missing'],
                            stderr=subprocess.DEVNULL)
except subprocess.CalledProcessError as err:
    print(err)
    print('output so far:', err.output)
