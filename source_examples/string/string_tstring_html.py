#!/usr/bin/env python3
# encoding: utf-8
"""A small HTML renderer that escapes every interpolated value."""

#end_pymotw_header
import html
from string.templatelib import Interpolation, Template, convert


def render_html(template: Template) -> str:
    if not isinstance(template, Template):
        raise TypeError(f"expected a t-string, got {type(template).__name__}")
    parts = []
    for part in template:
        if isinstance(part, Interpolation):
            value = convert(part.value, part.conversion)
            text = format(value, part.format_spec)
            parts.append(html.escape(text))
        else:
            parts.append(part)  # written by the programmer: trusted
    return "".join(parts)


comment = '<b onclick="go()">hi</b> & bye'
print(render_html(t"<p>{comment}</p>"))
print(f"<p>{comment}</p>")

try:
    render_html(f"<p>{comment}</p>")  # an f-string is already a str
except TypeError as error:
    print("TypeError:", error)
