#!/usr/bin/env python3
# encoding: utf-8
"""reduce's initial value as a keyword argument (Python 3.14)."""

#end_pymotw_header
import functools
import operator

words = ["alpha", "beta", "gamma"]
print(functools.reduce(operator.add, words, initial=">"))
print(functools.reduce(lambda total, w: total + len(w), words, initial=0))
