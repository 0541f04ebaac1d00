#!/usr/bin/env python3
# encoding: utf-8
"""Flag members combine with bitwise operators."""

#end_pymotw_header
import enum


class Style(enum.Flag):
    BOLD = enum.auto()
    ITALIC = enum.auto()
    UNDERLINE = enum.auto()
    EMPHASIS = BOLD | ITALIC          # a named combination


title = Style.BOLD | Style.UNDERLINE
print(repr(title), title.value)
print(Style.BOLD in title, Style.ITALIC in title)
print(list(title))                     # the single flags it holds
print(list(Style))                     # EMPHASIS is not iterated
print(len(title), bool(Style(0)), repr(Style(0)))
print(Style.EMPHASIS & title, ~title)
print((Style.BOLD | Style.ITALIC) is Style.EMPHASIS)
