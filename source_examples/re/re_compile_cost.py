#!/usr/bin/env python3
# encoding: utf-8
"""What compiling costs, and what the cache of compiled patterns saves."""

#end_pymotw_header
import re
import timeit

PATTERN = r"(\w+)@(\w+)\.(?:com|org)"
text = "write to someone at an address like ada@example.org " * 10
pattern = re.compile(PATTERN)


def best(function, number):
    """The best of many short runs: some are not slowed by other work."""
    return min(timeit.repeat(function, number=number, repeat=20)) / number


def compile_every_time():
    re.purge()  # empty the cache, so that re.search compiles again
    return re.search(PATTERN, text)


compiled = best(lambda: pattern.search(text), 100)
cached = best(lambda: re.search(PATTERN, text), 100)
recompiled = best(compile_every_time, 10)
print("compiling every time, more than 5 times slower than:")
print("  the compiled pattern:", recompiled > 5 * compiled)
print("  re.search with its cache:", recompiled > 5 * cached)
