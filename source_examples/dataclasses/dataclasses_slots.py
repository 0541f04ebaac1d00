#!/usr/bin/env python3
# encoding: utf-8
"""slots=True: no __dict__, so no stray attributes."""

#end_pymotw_header
import dataclasses
import sys


@dataclasses.dataclass
class Plain:
    x: int
    y: int


@dataclasses.dataclass(slots=True)
class Slotted:
    x: int
    y: int


print(Slotted.__slots__)
p, s = Plain(1, 2), Slotted(1, 2)
p.z = 3                    # a typo would go unnoticed
try:
    s.z = 3
except AttributeError as exc:
    print('AttributeError:', exc)
plain_size = sys.getsizeof(p) + sys.getsizeof(p.__dict__)
print('slotted is smaller:', sys.getsizeof(s) < plain_size)
