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
    return min(timeit.repeat(function, number=number, repeat=5)) / number


def compile_every_time():
    re.purge()  # empty the cache, so that re.search compiles again
    return re.search(PATTERN, text)


compiled = best(lambda: pattern.search(text), 2000)
cached = best(lambda: re.search(PATTERN, text), 2000)
recompiled = best(compile_every_time, 200)
print("compiling every time, more than 5 times slower than:")
print("  the compiled pattern:", recompiled > 5 * compiled)
print("  re.search with its cache:", recompiled > 5 * cached)
