#!/usr/bin/env python3
# encoding: utf-8
"""Rendering a Template the way an f-string would."""

#end_pymotw_header
from string.templatelib import Interpolation, convert


def render(template):
    """Join the parts, applying conversions and format specs."""
    parts = []
    for part in template:
        if isinstance(part, Interpolation):
            value = convert(part.value, part.conversion)
            parts.append(format(value, part.format_spec))
        else:
            parts.append(part)
    return "".join(parts)


name, total, width = "Ada", 1234.5, 10
print(render(t"{name!r:>{width}} owes {total:,.2f}"))
print(f"{name!r:>{width}} owes {total:,.2f}")
print(render(t"{total = }"))
