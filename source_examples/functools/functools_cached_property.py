#!/usr/bin/env python3
# encoding: utf-8
"""cached_property computes an attribute once per instance."""

#end_pymotw_header
import functools
import statistics


class Series:
    def __init__(self, values):
        self.values = values

    @functools.cached_property
    def mean(self):
        print("  computing the mean")
        return statistics.mean(self.values)


series = Series([2, 4, 9])
print("first:", series.mean)
print("second:", series.mean)
print("stored in the instance:", vars(series))

series.values.append(13)
print("stale:", series.mean)
del series.mean  # forget the cached value
print("fresh:", series.mean)
