#!/usr/bin/env python3
# encoding: utf-8
"""Values chosen by auto()."""

#end_pymotw_header
import enum


class Weekday(enum.Enum):
    MONDAY = enum.auto()
    TUESDAY = enum.auto()
    WEDNESDAY = enum.auto()


print(list(Weekday))


class Token(enum.Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower().replace('_', '-')

    LEFT_PAREN = enum.auto()
    RIGHT_PAREN = enum.auto()
    NUMBER = enum.auto()


print([token.value for token in Token])
