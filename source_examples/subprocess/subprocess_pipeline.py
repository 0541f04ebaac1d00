#!/usr/bin/env python3
# encoding: utf-8
"""Connect processes with pipes, like words | sort | uniq -c."""

#end_pymotw_header
import subprocess
import sys

words = subprocess.Popen(
    [sys.executable, 'subprocess_words.py'],
    stdout=subprocess.PIPE,
)
sort = subprocess.Popen(
    ['sort'],
    stdin=words.stdout,
    stdout=subprocess.PIPE,
)
words.stdout.close()  # sort holds the read end now
count = subprocess.Popen(
    ['uniq', '-c'],
    stdin=sort.stdout,
    stdout=subprocess.PIPE,
    text=True,
)
sort.stdout.close()  # and uniq this one

output, _ = count.communicate()
print(output, end='')
for name, proc in [('words', words), ('sort', sort), ('uniq', count)]:
    print(f'{name}: returncode {proc.wait()}')
