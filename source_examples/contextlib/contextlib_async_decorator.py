#!/usr/bin/env python3
# encoding: utf-8
"""asynccontextmanager functions decorate coroutines."""

#end_pymotw_header
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def timed_section(name):
    print(f'enter {name}')
    yield
    print(f'leave {name}')


@timed_section('fetch')
async def fetch(n):
    await asyncio.sleep(0)
    print('  fetched', n)
    return n


async def main():
    print('results:', await asyncio.gather(fetch(1), fetch(2)))


asyncio.run(main())
