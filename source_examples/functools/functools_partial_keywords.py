#!/usr/bin/env python3
# encoding: utf-8
"""Keyword arguments of a partial are defaults that a call may override."""

#end_pymotw_header
import functools

log = functools.partial(print, "[app]", sep=" | ")

log("starting")
log("two", "fields")
log("overridden separator", "here", sep=" / ")

# A partial of a partial is flattened into one object.
warn = functools.partial(log, "WARNING")
print(warn.func is print, warn.args)
warn("disk almost full")

# A frozen keyword is only a default for that name: a positional
# argument of the call that reaches the same parameter is an error.
try:
    square = functools.partial(pow, exp=2)
    print(square(5))
    square(5, 3)
except TypeError as error:
    print("TypeError:", error)
