#!/usr/bin/env python3
# encoding: utf-8
"""Enum members compare by identity, not by value."""

#end_pymotw_header
import enum


class Status(enum.Enum):
    DRAFT = 1
    REVIEW = 2


class Colour(enum.Enum):
    RED = 1


print(Status.DRAFT is Status(1))
print(Status.DRAFT == 1)              # a member is not its value
print(Status.DRAFT == Colour.RED)     # same value, other enumeration
try:
    sorted([Status.REVIEW, Status.DRAFT])
except TypeError as exc:
    print('TypeError:', exc)
print({Status.DRAFT: 'editable'}[Status(1)])   # hashable
