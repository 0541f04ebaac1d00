#!/usr/bin/env python3
# encoding: utf-8
"""Cache keys are made of the arguments: they must be hashable."""

#end_pymotw_header
import functools


@functools.cache
def scale(value, factor=1):
    print(f"  computing scale({value!r}, factor={factor!r})")
    return value * factor


scale(3)
scale(3)  # the same call: answered from the cache
scale(3, 1)  # the default spelled out: a new entry
scale(value=3)  # by keyword: a new entry
print(scale.cache_info())

try:
    scale([1, 2], 2)
except TypeError as error:
    print("TypeError:", error)
print(scale((1, 2), 2))
