#!/usr/bin/env python3
# encoding: utf-8
"""Freeze some arguments of a function with partial."""

#end_pymotw_header
import functools


def power(base, exponent):
    return base**exponent


square = functools.partial(power, exponent=2)
two_to_the = functools.partial(power, 2)

print(square)
print("func:", square.func.__name__)
print("args:", square.args, "keywords:", square.keywords)
print("square(7) =", square(7))
print("two_to_the(10) =", two_to_the(10))
print([square(n) for n in range(6)])
