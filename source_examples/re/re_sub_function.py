#!/usr/bin/env python3
# encoding: utf-8
"""A function as the replacement computes each substitution."""

#end_pymotw_header
import re

prices = "apple 1.20, pear 0.95, melon 3.50"


def with_tax(match):
    amount = float(match.group()) * 1.2
    return f"{amount:.2f}"


print(re.sub(r"\d+\.\d+", with_tax, prices))

# Replace names from a table; unknown names are kept as they are.
values = {"user": "ada", "home": "/home/ada"}
template = "hello $user, your folder is $home, your $unknown"
print(re.sub(r"\$(\w+)", lambda m: values.get(m[1], m[0]), template))
