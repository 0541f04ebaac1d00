#!/usr/bin/env python3
# encoding: utf-8
"""An exception message that changed between Python versions."""

#end_pymotw_header


def parse(text):
    """Parse JSON text; the json module is imported only when needed.

    >>> parse('[1, 2]')
    [1, 2]

    So the module namespace has no name json:

    >>> json.loads('[1, 2]')
    Traceback (most recent call last):
    NameError: name 'json' is not defined

    >>> json.loads('[1, 2]')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    NameError: name 'json' is not defined
    """
    import json

    return json.loads(text)


if __name__ == '__main__':
    import doctest

    print(doctest.testmod())
