#!/usr/bin/env python3
# encoding: utf-8
"""The registry of a generic function; which implementation a class gets."""

#end_pymotw_header
import collections
import functools


@functools.singledispatch
def kind(value):
    return "object"


@kind.register
def _(value: dict):
    return "dict"


@kind.register
def _(value: collections.abc.Mapping):
    return "mapping"


print(sorted(cls.__name__ for cls in kind.registry))
for cls in [dict, collections.OrderedDict, collections.ChainMap, list]:
    implementation = kind.dispatch(cls)
    print(f"{cls.__name__:12} -> {implementation(cls())}")
