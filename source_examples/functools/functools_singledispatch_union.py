#!/usr/bin/env python3
# encoding: utf-8
"""One implementation for several types: a union annotation (Python 3.11+)."""

#end_pymotw_header
import functools
from collections.abc import Mapping, Sequence


@functools.singledispatch
def size(value):
    raise TypeError(f"no size for {type(value).__name__}")


@size.register
def _(value: int | float):
    return abs(value)


@size.register
def _(value: Sequence | Mapping):
    return len(value)


for value in [-3, 2.5, "text", (1, 2), {"a": 1}]:
    print(f"{value!r:10} -> {size(value)}")
try:
    size(None)
except TypeError as error:
    print("TypeError:", error)
