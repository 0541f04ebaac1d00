#!/usr/bin/env python3
# encoding: utf-8
"""A Formatter that fills in missing fields."""

#end_pymotw_header
from string import Formatter


class DefaultFormatter(Formatter):
    def __init__(self, default="?"):
        super().__init__()
        self.default = default

    def get_value(self, key, args, kwargs):
        try:
            return super().get_value(key, args, kwargs)
        except (KeyError, IndexError):
            return self.default


fmt = DefaultFormatter(default="<missing>")
print(fmt.format("{user} logged in from {host}", user="ada"))
print(fmt.format("{0} and {1}", "only one"))
print(fmt.format("{user:>12}|", host="example.org"))
