#!/usr/bin/env python3
# encoding: utf-8
"""update_wrapper links a wrapper to the function it wraps."""

#end_pymotw_header
import functools
import inspect


class Retry:
    """Call a function again, up to a number of times, on ValueError."""

    def __init__(self, func, times):
        self.func = func
        self.times = times
        functools.update_wrapper(self, func)  # no def to decorate here

    def __call__(self, *args, **kwargs):
        for attempt in range(1, self.times + 1):
            try:
                return self.func(*args, **kwargs)
            except ValueError as error:
                print(f"  attempt {attempt} failed: {error}")
        raise RuntimeError(f"{self.__name__} failed {self.times} times")


def retry(times):
    return functools.partial(Retry, times=times)


@retry(times=3)
def parse_port(text: str, *, default: int = 80) -> int:
    """Read a TCP port number."""
    return int(text) if text else default


print(type(parse_port).__name__, parse_port.__name__, "-", parse_port.__doc__)
print("signature:", inspect.signature(parse_port))
print("__wrapped__ is the original:", parse_port.__wrapped__.__name__)
print(parse_port("8080"))
try:
    parse_port("http")
except RuntimeError as error:
    print("RuntimeError:", error)
