#!/usr/bin/env python3
# encoding: utf-8
"""accumulate() with a function of its own."""

#end_pymotw_header
import operator
from itertools import accumulate

temperatures = [4.5, 9.0, 7.5, 3.0, 11.5]
print('highest so far: ', list(accumulate(temperatures, max)))
print('lowest so far:  ', list(accumulate(temperatures, min)))
print('factorials:     ', list(accumulate(range(1, 7), operator.mul)))


def prepend(text, letter):
    return letter + text


print('argument order: ', list(accumulate('abcd', prepend)))
print('with initial=   ', list(accumulate('abc', prepend, initial='>')))
