#!/usr/bin/env python3
# encoding: utf-8
"""Quote data with shlex before it goes into a shell command."""

#end_pymotw_header
import shlex
import subprocess


def shell(command):
    print('command:', command)
    result = subprocess.run(command, shell=True, capture_output=True,
                            text=True)
    print(result.stdout, end='')


name = 'notes.txt; echo INJECTED'

shell(f'printf "<%s>\\n" {name}')
shell(f'printf "<%s>\\n" {shlex.quote(name)}')

words = ['printf', '<%s>\\n', "it's", 'two words', 'a;b']
shell(shlex.join(words))
print('split again:', shlex.split(shlex.join(words)) == words)
