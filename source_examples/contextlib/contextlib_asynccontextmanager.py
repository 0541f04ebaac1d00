#!/usr/bin/env python3
# encoding: utf-8
"""An asynchronous context manager made from an async generator."""

#end_pymotw_header
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0)  # pretend to connect
    print('connected to', name)
    try:
        yield f'<{name} connection>'
    finally:
        await asyncio.sleep(0)  # pretend to say goodbye
        print('disconnected from', name)


async def main():
    async with connection('db.example') as conn:
        print('using', conn)


asyncio.run(main())
