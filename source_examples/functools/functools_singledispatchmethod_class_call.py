#!/usr/bin/env python3
# encoding: utf-8
"""A singledispatchmethod called through the class, the instance first."""

#end_pymotw_header
import functools


class Greeter:
    @functools.singledispatchmethod
    def greet(self, who):
        return f"hello, {who!r}"

    @greet.register
    def _(self, who: int):
        return f"hello, number {who}"


greeter = Greeter()
print("instance call:", greeter.greet(7))
# The class attribute is the plain method: the instance comes first.
print("class call:   ", Greeter.greet(greeter, 7))
