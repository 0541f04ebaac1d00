#!/usr/bin/env python3
# encoding: utf-8
"""A partial stored in a class: a method since Python 3.14."""

#end_pymotw_header
import functools
import warnings


def describe(*args):
    return args


class Widget:
    describe = functools.partial(describe, "widget")

    def __repr__(self):
        return "<Widget>"


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(Widget().describe(1))
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")


class Safe:
    describe = staticmethod(functools.partial(describe, "safe"))


print(Safe().describe(1))
