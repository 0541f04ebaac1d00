#!/usr/bin/env python3
# encoding: utf-8
"""Tables cannot be extended once they are closed."""

#end_pymotw_header
import tomllib

documents = [
    # An inline table is complete: nothing can be added later.
    "point = { x = 1 }\npoint.y = 2",
    # A table made by dotted keys cannot get a header of its own.
    "[fruit]\napple.color = 'red'\n[fruit.apple]\ntaste = 'sweet'",
    # But a header can add to a table that other headers created.
    "[fruit.apple]\ncolor = 'red'\n[fruit]\ncount = 3",
]
for text in documents:
    try:
        print(tomllib.loads(text))
    except tomllib.TOMLDecodeError as error:
        print("TOMLDecodeError:", error)
