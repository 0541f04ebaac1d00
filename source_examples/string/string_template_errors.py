#!/usr/bin/env python3
# encoding: utf-8
"""Missing keys and bad placeholders in a Template."""

#end_pymotw_header
from string import Template

greeting = Template("Hello $name, you owe $amount.")
try:
    greeting.substitute(name="Ada")
except KeyError as error:
    print("KeyError:", error)
print(greeting.safe_substitute(name="Ada"))

broken = Template("Price: $ 5")
try:
    broken.substitute()
except ValueError as error:
    print("ValueError:", error)
print(broken.safe_substitute())

print(greeting.get_identifiers())
print(greeting.is_valid(), broken.is_valid())
