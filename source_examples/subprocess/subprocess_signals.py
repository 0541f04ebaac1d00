#!/usr/bin/env python3
# encoding: utf-8
"""Negative return codes tell which signal ended a child."""

#end_pymotw_header
import signal
import subprocess


def describe(returncode):
    if returncode < 0:
        name = signal.Signals(-returncode).name
        return f'{returncode}, ended by {name}'
    return f'{returncode}, exited'


with subprocess.Popen(['sleep', '30']) as proc:
    proc.terminate()
print('terminate():', describe(proc.returncode))

with subprocess.Popen(['sleep', '30']) as proc:
    proc.kill()
print('kill():     ', describe(proc.returncode))

shell = subprocess.run(['sh', '-c', 'kill -TERM $$'])
print('shell killed itself:', describe(shell.returncode))

script = 'sleep 30 & kill -TERM $!; wait $!'
shell = subprocess.run(['sh', '-c', script], capture_output=True)
print('shell reporting a killed child:', describe(shell.returncode))

try:
    subprocess.run(['sh', '-c', 'kill -TERM $$'], check=True)
except subprocess.CalledProcessError as err:
    print(err)
