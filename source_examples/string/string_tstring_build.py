#!/usr/bin/env python3
# encoding: utf-8
"""Building Templates by hand and joining them."""

#end_pymotw_header
from string.templatelib import Interpolation, Template

greeting = Template("Hello, ", Interpolation("world", "who"), "!")
print(greeting.strings, greeting.values)

who = "Ada"
joined = t"Hello, {who}" + t"! Today is {'Monday'}."
print(joined.strings, joined.values)

# Neighbouring strings are merged, and an empty one separates values.
print(Template("a", "b", Interpolation(1, "x"), Interpolation(2, "y")).strings)

try:
    t"Hello, {who}" + "!"
except TypeError as error:
    print("TypeError:", error)
print(str(t"{who}")[:42], "...")
