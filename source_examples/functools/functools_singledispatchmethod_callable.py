#!/usr/bin/env python3
# encoding: utf-8
"""A singledispatchmethod around a callable object (Python 3.15)."""

#end_pymotw_header
import functools


class Shout:
    """A callable object: no __get__, so it never receives an instance."""

    def __call__(self, value):
        return f"{value}!".upper()


class Speaker:
    say = functools.singledispatchmethod(Shout())

    @say.register
    def _(self, value: int):
        return f"{type(self).__name__} says the number {value}"


speaker = Speaker()
print(speaker.say("hello"))
print(speaker.say(7))
