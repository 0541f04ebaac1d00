#!/usr/bin/env python3
# encoding: utf-8
"""New conversions and format types through a Formatter."""

#end_pymotw_header
from string import Formatter


class ShoutingFormatter(Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == "list":
            return ", ".join(map(str, value))
        return super().format_field(value, format_spec)


fmt = ShoutingFormatter()
print(fmt.format("{name!u} likes {fruit:list}", name="ada",
                 fruit=["figs", "plums"]))
print(fmt.format("{0!r} {0!u:*^9}", "hi"))
