#!/usr/bin/env python3
# encoding: utf-8
"""Send data to the standard input of a command."""

#end_pymotw_header
import subprocess

fruit = 'pear\napple\nfig\n'
result = subprocess.run(['sort'], input=fruit, capture_output=True,
                        text=True)
print('sorted:', result.stdout.split())

result = subprocess.run(['tr', 'a-z', 'A-Z'], input=b'bytes in\n',
                        capture_output=True)
print('tr:', result.stdout)

result = subprocess.run(['cat'], stdin=subprocess.DEVNULL,
                        capture_output=True, text=True)
print('cat with DEVNULL:', repr(result.stdout))
