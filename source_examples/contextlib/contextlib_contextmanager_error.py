#!/usr/bin/env python3
# encoding: utf-8
"""Exceptions reach the generator at its yield."""

#end_pymotw_header
from contextlib import contextmanager


@contextmanager
def transaction(name):
    print(f'{name}: begin')
    try:
        yield
    except KeyError as err:
        print(f'{name}: rollback, {err!r} handled')
    except Exception as err:
        print(f'{name}: rollback, {err!r} passed on')
        raise
    else:
        print(f'{name}: commit')
    finally:
        print(f'{name}: release')


with transaction('one'):
    pass

with transaction('two'):
    raise KeyError('missing')
print('after two: the KeyError was swallowed')

try:
    with transaction('three'):
        raise ValueError('bad value')
except ValueError:
    print('after three: the ValueError reached the caller')
