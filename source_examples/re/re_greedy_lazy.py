#!/usr/bin/env python3
# encoding: utf-8
"""Greedy quantifiers take as much as they can, lazy ones as little."""

#end_pymotw_header
import re

html = "<b>bold</b> and <i>italic</i>"
print("greedy:  ", re.findall(r"<.+>", html))
print("lazy:    ", re.findall(r"<.+?>", html))
print("negated: ", re.findall(r"<[^>]+>", html))

print(re.search(r"\d{2,4}", "123456").group())
print(re.search(r"\d{2,4}?", "123456").group())
# Lazy does not mean shortest overall: the leftmost match still wins.
print(re.search(r"a.*?b", "a a b").group())
