#!/usr/bin/env python3
# encoding: utf-8
"""Dollar-sign substitution with string.Template."""

#end_pymotw_header
from string import Template

letter = Template(
    "Dear $name,\n"
    "your order ${order}A ships on $day.\n"
    "Total: $$$total"
)
print(letter.substitute(name="Ada", order=1042, day="Monday", total=12))

values = {"name": "Grace", "order": 7, "day": "Friday", "total": 5}
print(letter.substitute(values))
print(letter.substitute(values, name="Linus"))
