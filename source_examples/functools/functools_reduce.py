#!/usr/bin/env python3
# encoding: utf-8
"""reduce folds a sequence into one value, two items at a time."""

#end_pymotw_header
import functools
import operator


def show_add(total, item):
    print(f"  {total!r:>8} + {item!r}")
    return total + item


print("result:", functools.reduce(show_add, [1, 2, 3, 4]))
print("initial value:", functools.reduce(operator.add, [1, 2, 3, 4], 100))
print("one item:", functools.reduce(operator.add, [7]))
print("empty with initial:", functools.reduce(operator.add, [], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as error:
    print("TypeError:", error)

# Merging dictionaries; with no dictionaries at all, the result is {}.
settings = [{"debug": False}, {"port": 8080}, {"debug": True}]
print(functools.reduce(operator.or_, settings, {}))
