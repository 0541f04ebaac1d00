#!/usr/bin/env python3
# encoding: utf-8
"""StrEnum members are strings."""

#end_pymotw_header
import enum
import json


class Colour(enum.StrEnum):
    RED = enum.auto()
    DARK_GREEN = enum.auto()
    BLUE = 'blue'


print(list(Colour))
print(Colour.RED == 'red', Colour.RED.upper(), f'<{Colour.BLUE}>')
print(json.dumps({'fill': Colour.DARK_GREEN}))
print(Colour('blue') is Colour.BLUE)
try:
    class Bad(enum.StrEnum):
        ONE = 1
except TypeError as exc:
    print('TypeError:', exc)
