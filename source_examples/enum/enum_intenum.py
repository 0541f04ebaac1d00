#!/usr/bin/env python3
# encoding: utf-8
"""IntEnum and IntFlag members are integers."""

#end_pymotw_header
import enum


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


print(Priority.HIGH > Priority.LOW, Priority.NORMAL == 2)
print(Priority.HIGH + 1, sorted([3, Priority.LOW, 2]))
print(str(Priority.HIGH), f'{Priority.HIGH}', repr(Priority.HIGH))
print(['x', 'y', 'z', 'w'][Priority.HIGH])   # usable as an index


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


mode = Perm.R | Perm.W
print(mode, repr(mode), mode == 6, oct(Perm.R | Perm.X))
