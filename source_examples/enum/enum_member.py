#!/usr/bin/env python3
# encoding: utf-8
"""Functions as members with member(), plain attributes with nonmember()."""

#end_pymotw_header
import enum


class Operation(enum.Enum):
    ADD = enum.member(lambda a, b: a + b)
    MUL = enum.member(lambda a, b: a * b)
    symbols = enum.nonmember({'ADD': '+', 'MUL': '*'})

    def __call__(self, a, b):
        return self.value(a, b)

    def show(self, a, b):
        return f'{a} {self.symbols[self.name]} {b} = {self(a, b)}'


print([op.name for op in Operation])
print(Operation.MUL(6, 7))
print(Operation['ADD'].show(2, 3))
print(Operation.symbols)
