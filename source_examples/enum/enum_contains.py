#!/usr/bin/env python3
# encoding: utf-8
"""'in' accepts values as well as members (Python 3.12)."""

#end_pymotw_header
import enum


class Method(enum.Enum):
    GET = 'GET'
    POST = 'POST'


print(Method.GET in Method)
print('POST' in Method, 'DELETE' in Method)


def handle(method):
    if method not in Method:
        return f'405 {method} not allowed'
    return f'200 handled {Method(method).name}'


print(handle('GET'))
print(handle('PATCH'))
