#!/usr/bin/env python3
# encoding: utf-8
"""Sets of strings print in an order that changes between runs."""

#end_pymotw_header


def vowels_in(word):
    """Return the set of the vowels found in word.

    Fragile: the order was copied from one interactive session.

    >>> vowels_in('sequoia')
    {'u', 'i', 'a', 'o', 'e'}

    Robust: sort the values, or compare with an expected set.

    >>> sorted(vowels_in('sequoia'))
    ['a', 'e', 'i', 'o', 'u']
    >>> vowels_in('sequoia') == {'a', 'e', 'i', 'o', 'u'}
    True
    """
    return {letter for letter in word if letter in 'aeiou'}
