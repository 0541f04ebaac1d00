#!/usr/bin/env python3
# encoding: utf-8
"""An exception raised in a worker is kept by the future."""

#end_pymotw_header
from concurrent.futures import ThreadPoolExecutor


def divide(a, b):
    return a / b


with ThreadPoolExecutor(max_workers=2) as executor:
    good = executor.submit(divide, 1, 4)
    bad = executor.submit(divide, 1, 0)

    print('good.exception():', good.exception())
    print('bad.exception(): ', repr(bad.exception()))

    try:
        bad.result()
    except ZeroDivisionError as exc:
        print('bad.result() raised:', exc)

    again = executor.submit(divide, 9, 3)
    print('the pool still works:', again.result())
