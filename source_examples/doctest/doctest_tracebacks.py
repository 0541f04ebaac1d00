#!/usr/bin/env python3
# encoding: utf-8
"""Examples that are expected to raise an exception."""

#end_pymotw_header


def parse_port(text):
    """Return the port number in text, which must be 1 to 65535.

    >>> parse_port('8080')
    8080

    The whole traceback, as pasted from an interactive session:

    >>> parse_port('http')
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
      File "doctest_tracebacks.py", line 31, in parse_port
        port = int(text)
               ^^^^^^^^^
    ValueError: invalid literal for int() with base 10: 'http'

    Only the first and the last line matter, so the middle can go:

    >>> parse_port('70000')
    Traceback (most recent call last):
        ...
    ValueError: port out of range: 70000
    """
    port = int(text)
    if not 1 <= port <= 65535:
        raise ValueError(f'port out of range: {port}')
    return port
