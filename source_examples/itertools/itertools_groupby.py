#!/usr/bin/env python3
# encoding: utf-8
"""groupby() groups neighbours only, so sort the input first."""

#end_pymotw_header
from itertools import groupby


def first_letter(word):
    return word[0]


animals = ['ant', 'bee', 'bat', 'cat', 'ape', 'cow', 'bear']

print('unsorted input:')
for letter, group in groupby(animals, key=first_letter):
    print(' ', letter, list(group))

print('sorted by the same key:')
for letter, group in groupby(sorted(animals, key=first_letter),
                             key=first_letter):
    print(' ', letter, list(group))
