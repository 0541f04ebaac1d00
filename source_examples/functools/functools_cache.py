#!/usr/bin/env python3
# encoding: utf-8
"""cache remembers every result of a function."""

#end_pymotw_header
import functools

calls = 0


@functools.cache
def fibonacci(n):
    global calls
    calls += 1
    return n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)


print("fibonacci(80) =", fibonacci(80))
print("calls:", calls)
print(fibonacci.cache_info())

print("fibonacci(81) =", fibonacci(81))
print("calls:", calls)
print(fibonacci.cache_info())

fibonacci.cache_clear()
print(fibonacci.cache_info())
