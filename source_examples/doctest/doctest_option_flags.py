#!/usr/bin/env python3
# encoding: utf-8
"""Examples that rely on option flags given on the command line."""

#end_pymotw_header


def alphabet():
    """Return the lowercase letters of the English alphabet.

    >>> alphabet()
    'abc...xyz'
    """
    return ''.join(chr(code) for code in range(ord('a'), ord('z') + 1))


def powers_of_two(count):
    """Return the first powers of two.

    >>> powers_of_two(12)
    [1, 2, 4, 8, 16, 32, 64, 128,
     256, 512, 1024, 2048]
    """
    return [2**n for n in range(count)]
