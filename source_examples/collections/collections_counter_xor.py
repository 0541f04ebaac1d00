#!/usr/bin/env python3
# encoding: utf-8
"""Symmetric difference of two Counters (new in Python 3.15)."""

#end_pymotw_header
import collections

expected = collections.Counter(bolt=4, nut=4, washer=8)
received = collections.Counter(bolt=4, nut=2, washer=9, spring=1)

# For each element: the absolute difference of the two counts.
print(expected ^ received)
