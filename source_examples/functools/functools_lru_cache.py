#!/usr/bin/env python3
# encoding: utf-8
"""lru_cache keeps the most recently used results, up to maxsize."""

#end_pymotw_header
import functools


@functools.lru_cache(maxsize=3)
def load(name):
    print(f"  loading {name}")
    return name.upper()


for name in ["a", "b", "c", "a", "d", "b", "a"]:
    print(name, "->", load(name))
print(load.cache_info())
print("parameters:", load.cache_parameters())
