#!/usr/bin/env python3
# encoding: utf-8
"""singledispatchmethod dispatches on the first argument after self."""

#end_pymotw_header
import functools


class Formatter:
    def __init__(self, precision):
        self.precision = precision

    @functools.singledispatchmethod
    def format(self, value):
        return str(value)

    @format.register
    def _(self, value: float):
        return f"{value:.{self.precision}f}"

    @format.register
    def _(self, value: list):
        return "[" + ", ".join(self.format(item) for item in value) + "]"

    @functools.singledispatchmethod
    @classmethod
    def parse(cls, value):
        raise TypeError(f"cannot parse {type(value).__name__}")

    @parse.register
    @classmethod
    def _(cls, value: str):
        return cls(int(value))


formatter = Formatter(2)
print(formatter.format(3.14159))
print(formatter.format([1, 2.5, "x"]))
print(Formatter.parse("4").format(3.14159))
