#!/usr/bin/env python3
# encoding: utf-8
"""Mix synchronous and asynchronous managers in one stack."""

#end_pymotw_header
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager


@asynccontextmanager
async def session(name):
    print('open session', name)
    yield name
    await asyncio.sleep(0)
    print('close session', name)


@contextmanager
def lock(name):
    print('take lock', name)
    yield
    print('drop lock', name)


async def flush():
    print('flushing buffers')


async def main():
    async with AsyncExitStack() as stack:
        stack.enter_context(lock('config'))
        names = [await stack.enter_async_context(session(n))
                 for n in ('reader', 'writer')]
        stack.push_async_callback(flush)
        print('working with', names)


asyncio.run(main())
