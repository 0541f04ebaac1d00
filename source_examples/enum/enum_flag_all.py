#!/usr/bin/env python3
# encoding: utf-8
"""A Flag member for all bits, written as -1 (Python 3.15)."""

#end_pymotw_header
import enum


class Perm(enum.Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1
    NONE = 0
    ALL = -1          # every bit of the members above


print(repr(Perm.ALL), Perm.ALL.value)
try:
    print(repr(Perm.READ | Perm.WRITE))
    print(list(Perm.ALL))
except ValueError as exc:
    print('ValueError:', exc)
