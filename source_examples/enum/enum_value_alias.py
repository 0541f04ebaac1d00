#!/usr/bin/env python3
# encoding: utf-8
"""More than one value for a member with _add_value_alias_ (Python 3.13)."""

#end_pymotw_header
import enum


class Answer(enum.Enum):
    YES = 'yes', 'y', 'true', '1'
    NO = 'no', 'n', 'false', '0'

    def __new__(cls, value, *aliases):
        member = object.__new__(cls)
        member._value_ = value
        for alias in aliases:
            member._add_value_alias_(alias)
        return member


print(Answer('y'), Answer('false'), Answer('yes').value)
print([member.value for member in Answer])
try:
    Answer('maybe')
except ValueError as exc:
    print('ValueError:', exc)
