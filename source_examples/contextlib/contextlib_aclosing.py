#!/usr/bin/env python3
# encoding: utf-8
"""aclosing() finishes an async generator that was left early."""

#end_pymotw_header
import asyncio
from contextlib import aclosing


async def numbers():
    try:
        for n in range(10):
            yield n
    finally:
        print('generator cleaned up')


async def main():
    async with aclosing(numbers()) as gen:
        async for n in gen:
            print('got', n)
            if n == 2:
                break
    print('after the loop')


asyncio.run(main())
