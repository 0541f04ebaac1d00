#!/usr/bin/env python3
# encoding: utf-8
"""Looking members up, and _missing_ for other spellings."""

#end_pymotw_header
import enum


class Level(enum.Enum):
    DEBUG = 'debug'
    INFO = 'info'
    ERROR = 'error'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.strip().lower():
                    return member
        return None          # then ValueError as usual


print(Level('info'), Level(' ERROR '))
for bad in ['warning', 3]:
    try:
        Level(bad)
    except ValueError as exc:
        print('ValueError:', exc)
try:
    Level['info']
except KeyError as exc:
    print('KeyError:', exc)
