#!/usr/bin/env python3
# encoding: utf-8
"""Checking an enumeration's values with @verify."""

#end_pymotw_header
import enum

try:
    @enum.verify(enum.CONTINUOUS)
    class Grade(enum.IntEnum):
        A = 1
        B = 2
        D = 4
except ValueError as exc:
    print('ValueError:', exc)

try:
    @enum.verify(enum.NAMED_FLAGS)
    class Access(enum.Flag):
        READ = 1
        WRITE = 2
        ADMIN = 7            # uses bit 4, which has no name
except ValueError as exc:
    print('ValueError:', exc)


@enum.verify(enum.UNIQUE, enum.CONTINUOUS)
class Step(enum.IntEnum):
    FIRST = 1
    SECOND = 2
    THIRD = 3


print(list(Step))
