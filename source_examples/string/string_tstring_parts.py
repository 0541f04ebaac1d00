#!/usr/bin/env python3
# encoding: utf-8
"""A t-string evaluates to a Template, not to a str."""

#end_pymotw_header
from string.templatelib import Interpolation, Template

item, price = "tea", 3.5
template = t"{item!r} costs {price:.2f} euros"

print(type(template).__name__, isinstance(template, Template))
print("strings:", template.strings)
print("values: ", template.values)
for part in template:
    kind = "value" if isinstance(part, Interpolation) else "text "
    print(f"  {kind} {part!r}")

first = template.interpolations[0]
print(first.value, first.expression, first.conversion,
      repr(first.format_spec))
