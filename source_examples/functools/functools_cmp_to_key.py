#!/usr/bin/env python3
# encoding: utf-8
"""cmp_to_key turns an old-style comparison function into a sort key."""

#end_pymotw_header
import functools


def by_length_then_reversed(left, right):
    """Negative, zero or positive, like C's strcmp."""
    if len(left) != len(right):
        return len(left) - len(right)
    return (left < right) - (left > right)


words = ["pear", "fig", "apple", "kiwi", "plum", "date"]
key = functools.cmp_to_key(by_length_then_reversed)
print(sorted(words, key=key))
print(min(words, key=key), max(words, key=key))
print(key("fig") < key("kiwi"))
# The same order with a key function, the usual way today:
print(sorted(words, key=lambda word: (len(word), [-ord(c) for c in word])))
