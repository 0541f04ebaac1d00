#!/usr/bin/env python3
# encoding: utf-8
"""gather() returns results in the order of its arguments."""

#end_pymotw_header
import asyncio


async def square(n, delay):
    await asyncio.sleep(delay)
    print(f'square({n}) finished')
    return n * n


async def main():
    results = await asyncio.gather(
        square(1, 0.45),
        square(2, 0.25),
        square(3, 0.05),
    )
    print('results:', results)


asyncio.run(main())
