#!/usr/bin/env python3
# encoding: utf-8
"""__wrapped__ reaches the original function under any number of decorators."""

#end_pymotw_header
import functools
import inspect


def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()

    return wrapper


@shout
@functools.cache
def greeting(name):
    print(f"  building the greeting for {name}")
    return f"hello, {name}"


print(greeting("ada"))
print(greeting("ada"))
print("one layer down:", greeting.__wrapped__("ada"))
original = inspect.unwrap(greeting)
print("unwrapped:", original("ada"))
print(original is greeting.__wrapped__.__wrapped__)
