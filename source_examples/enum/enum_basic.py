#!/usr/bin/env python3
# encoding: utf-8
"""Defining an enumeration and reaching its members."""

#end_pymotw_header
import enum


class Status(enum.Enum):
    DRAFT = 1
    REVIEW = 2
    PUBLISHED = 3


print(Status.REVIEW)
print(repr(Status.REVIEW))
print(Status.REVIEW.name, Status.REVIEW.value)
print(Status(3), Status['DRAFT'])     # by value, by name
print(type(Status.DRAFT), isinstance(Status.DRAFT, Status))
for status in Status:
    print(f'  {status.name:10} {status.value}')
print(len(Status), list(Status.__members__))
