#!/usr/bin/env python3
# encoding: utf-8
"""A read-only mapping built on collections.abc.Mapping."""

#end_pymotw_header
import collections.abc


class Environ(collections.abc.Mapping):
    """Settings read from KEY=value lines; keys are case-insensitive."""

    def __init__(self, text):
        self._data = {}
        for line in text.splitlines():
            key, _, value = line.partition('=')
            self._data[key.strip().upper()] = value.strip()

    # The three abstract methods...
    def __getitem__(self, key):
        return self._data[key.upper()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


env = Environ('home = /home/ada\nshell=/bin/sh\nlang = C.UTF-8')
# ...and everything else comes from the mixin methods.
print(len(env), env['Shell'], 'LANG' in env, 'lang' in env)
print(env.get('editor', 'vi'), list(env.keys()))
print(dict(env.items()))
print(env == {'HOME': '/home/ada', 'SHELL': '/bin/sh',
              'LANG': 'C.UTF-8'})
try:
    env['editor'] = 'ed'
except TypeError as exc:
    print('TypeError:', exc)
