#!/usr/bin/env python3
# encoding: utf-8
"""copy.replace() on a data class (new in Python 3.13)."""

#end_pymotw_header
import copy
import dataclasses
import datetime


@dataclasses.dataclass(frozen=True)
class Event:
    name: str
    day: datetime.date

    def __post_init__(self):
        print('  __post_init__ for', self.name)


launch = Event('launch', datetime.date(2026, 3, 1))
moved = copy.replace(launch, day=copy.replace(launch.day, month=4))
print(moved)
