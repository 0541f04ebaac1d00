#!/usr/bin/env python3
# encoding: utf-8
"""Run a coroutine to completion with asyncio.run()."""

#end_pymotw_header
import asyncio


async def add(a, b):
    print(f'adding {a} and {b}')
    await asyncio.sleep(0.1)
    return a + b


async def main():
    print('main() starting')
    total = await add(2, 3)
    print('main() finished')
    return total


result = asyncio.run(main())
print('asyncio.run() returned', result)
