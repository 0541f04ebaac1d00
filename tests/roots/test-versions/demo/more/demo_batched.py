#!/usr/bin/env python3
"""Fails before 3.12."""

#end_pymotw_header
import itertools

print(list(itertools.batched("abcdef", 2)))
