#!/usr/bin/env python3
# encoding: utf-8
"""islice() consumes what it reads from an iterator."""

#end_pymotw_header
from itertools import islice

words = iter('the quick brown fox jumps over the lazy dog'.split())

print('first three:', list(islice(words, 3)))
print('next three: ', list(islice(words, 3)))
print('skip one, take one:', list(islice(words, 1, 2)))
print('what is left:', list(words))
