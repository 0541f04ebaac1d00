#!/usr/bin/env python3
# encoding: utf-8
"""Cache keys are made of the arguments: they must be hashable."""

#end_pymotw_header
import functools


@functools.cache
def total(*numbers, start=0):
    print(f"  computing total{numbers} start={start}")
    return sum(numbers, start)


total(1, 2)
total(1, 2)
total(1, 2, start=0)  # spelled differently: a new entry
total(start=0)
print(total.cache_info())

try:
    total([1, 2])
except TypeError as error:
    print("TypeError:", error)
print(total(*(1, 2)))
