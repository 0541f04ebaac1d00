#!/usr/bin/env python3
# encoding: utf-8
"""A cache on a method keeps every instance alive; cached_property does not."""

#end_pymotw_header
import functools
import gc
import weakref


class Report:
    def __init__(self, name):
        self.name = name

    @functools.cache  # noqa: B019 (the leak is what this shows)
    def render(self):
        return f"report {self.name}"

    @functools.cached_property
    def summary(self):
        return f"summary of {self.name}"


first, second = Report("first"), Report("second")
print(first.render())
print(second.summary)
alive = [weakref.ref(first), weakref.ref(second)]
del first, second
gc.collect()
for ref in alive:
    print("still alive" if ref() else "freed")
print(Report.render.cache_info())
