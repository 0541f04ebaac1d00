#!/usr/bin/env python3
# encoding: utf-8
"""A set type from collections.abc.MutableSet, operators included."""

#end_pymotw_header
import collections.abc


class TagSet(collections.abc.MutableSet):
    """Tags compared without regard to case; the first spelling is kept."""

    def __init__(self, tags=()):
        self._tags = {}
        for tag in tags:
            self.add(tag)

    def __contains__(self, tag):
        return tag.casefold() in self._tags

    def __iter__(self):
        return iter(self._tags.values())

    def __len__(self):
        return len(self._tags)

    def add(self, tag):
        self._tags.setdefault(tag.casefold(), tag)

    def discard(self, tag):
        self._tags.pop(tag.casefold(), None)

    def __repr__(self):
        return f'TagSet({list(self)})'


post = TagSet(['Python', 'stdlib', 'PYTHON'])
print(post, 'python' in post)
print(post | TagSet(['Tutorial']))     # from the Set mixins
print(post & TagSet(['STDLIB', 'web']))
post -= {'Stdlib'}                     # from MutableSet
print(post, post.isdisjoint(['web']))
