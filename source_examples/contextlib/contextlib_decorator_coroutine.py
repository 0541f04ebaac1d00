#!/usr/bin/env python3
# encoding: utf-8
"""Decorating a coroutine function with a plain context manager."""

#end_pymotw_header
import asyncio
from contextlib import contextmanager


@contextmanager
def section(name):
    print('enter', name)
    yield
    print('leave', name)


@section('download')
async def download():
    print('  download starts')
    await asyncio.sleep(0)
    print('  download ends')


async def main():
    coro = download()
    print('coroutine created')
    await coro


asyncio.run(main())
