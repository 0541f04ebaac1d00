#!/usr/bin/env python3
# encoding: utf-8
"""A command string run by the shell, and how it differs from a list."""

#end_pymotw_header
import subprocess

line = 'printf "%s\\n" pear apple fig | sort | tr a-z A-Z'
result = subprocess.run(line, shell=True, capture_output=True, text=True)
print('shell=True:', result.stdout.split())

try:
    subprocess.run(line)
except FileNotFoundError as err:
    print('without a shell:', err.strerror)

words = ['printf', '%s\\n', 'pear', 'apple', 'fig', '|', 'sort']
result = subprocess.run(words, capture_output=True, text=True)
print('a list:', result.stdout.split())

result = subprocess.run(['echo "$0" and "$1"', 'zero', 'one'],
                        shell=True, capture_output=True, text=True)
print('a list with shell=True:', result.stdout.strip())
