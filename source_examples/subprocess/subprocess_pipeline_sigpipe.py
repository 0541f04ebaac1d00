#!/usr/bin/env python3
# encoding: utf-8
"""Closing the parent's copy of a pipe lets the writer see its end."""

#end_pymotw_header
import signal
import subprocess

producer = subprocess.Popen(['yes', 'spam'], stdout=subprocess.PIPE)
head = subprocess.Popen(
    ['head', '-n', '3'],
    stdin=producer.stdout,
    stdout=subprocess.PIPE,
    text=True,
)
producer.stdout.close()

print(head.communicate()[0], end='')
print('head: returncode', head.returncode)
code = producer.wait()
print('yes: returncode', code, '=', signal.Signals(-code).name)
