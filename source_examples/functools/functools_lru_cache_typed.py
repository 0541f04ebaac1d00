#!/usr/bin/env python3
# encoding: utf-8
"""typed=True keeps separate entries for equal values of different types."""

#end_pymotw_header
import functools


@functools.lru_cache
def untyped(x, label):
    return f"{label}{x!r}"


@functools.lru_cache(typed=True)
def typed(x, label):
    return f"{label}{x!r}"


for value in [1, 1.0, True]:
    shared, separate = untyped(value, "="), typed(value, "=")
    print(f"{value!r:5} untyped: {shared:6} typed: {separate}")
print("untyped:", untyped.cache_info())
print("typed:  ", typed.cache_info())
