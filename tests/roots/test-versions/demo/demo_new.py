#!/usr/bin/env python3
"""Uses what 3.12 added."""

#end_pymotw_header
import itertools

print(list(itertools.batched("abcdef", 4)))
