#!/usr/bin/env python3
# encoding: utf-8
"""update_wrapper links a wrapper to the function it wraps."""

#end_pymotw_header
import functools
import inspect


def retry(times):
    def decorate(func):
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ValueError as error:
                    print(f"  attempt {attempt} failed: {error}")
            raise RuntimeError(f"{func.__name__} failed {times} times")

        return functools.update_wrapper(wrapper, func)

    return decorate


@retry(times=3)
def parse_port(text: str, *, default: int = 80) -> int:
    """Read a TCP port number."""
    return int(text) if text else default


print(parse_port.__name__, "-", parse_port.__doc__)
print("signature:", inspect.signature(parse_port))
print("__wrapped__ is the original:", parse_port.__wrapped__.__name__)
print(parse_port("8080"))
try:
    parse_port("http")
except RuntimeError as error:
    print("RuntimeError:", error)
