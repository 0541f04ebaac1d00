#!/usr/bin/env python3
# encoding: utf-8
"""wraps copies a function's name, docstring and more onto its wrapper."""

#end_pymotw_header
import functools


def plain_logged(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}")
        return func(*args, **kwargs)

    return wrapper


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}")
        return func(*args, **kwargs)

    return wrapper


@plain_logged
def add(a, b):
    """Add two numbers."""
    return a + b


@logged
def multiply(a, b):
    """Multiply two numbers."""
    return a * b


print(add(2, 3), multiply(2, 3))
for func in (add, multiply):
    print(f"{func.__name__:9} {func.__qualname__:28} {func.__doc__}")
