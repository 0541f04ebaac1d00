#!/usr/bin/env python3
# encoding: utf-8
"""What a Flag does with bits it has no name for: FlagBoundary."""

#end_pymotw_header
import enum


class Strict(enum.Flag, boundary=enum.STRICT):
    A = 1
    B = 2


class Conform(enum.Flag, boundary=enum.CONFORM):
    A = 1
    B = 2


class Eject(enum.Flag, boundary=enum.EJECT):
    A = 1
    B = 2


class Keep(enum.IntFlag):        # KEEP is IntFlag's default
    A = 1
    B = 2


try:
    Strict(7)
except ValueError as exc:
    print('STRICT  ValueError:', exc)
print('CONFORM', repr(Conform(7)))
print('KEEP   ', repr(Keep(7)))
print('EJECT  ', repr(Eject(7)), repr(Eject(3)))
