#!/usr/bin/env python3
# encoding: utf-8
"""singledispatch picks an implementation by the type of the first argument."""

#end_pymotw_header
import decimal
import functools


@functools.singledispatch
def describe(value):
    return f"something: {value!r}"


@describe.register
def _(value: int):
    return f"an integer with {value.bit_length()} bits"


@describe.register
def _(value: list):
    return "a list of " + ", ".join(describe(item) for item in value)


@describe.register(float)  # the type as an argument, without an annotation
def _(value):
    return f"a float, {value.as_integer_ratio()} as a ratio"


for value in [42, 0.5, True, [1, "x"], decimal.Decimal("1.5")]:
    print(describe(value))
