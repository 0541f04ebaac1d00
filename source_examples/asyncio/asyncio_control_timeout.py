#!/usr/bin/env python3
# encoding: utf-8
"""One deadline for a whole block with asyncio.timeout()."""

#end_pymotw_header
import asyncio


async def step(name, seconds):
    await asyncio.sleep(seconds)
    print(f'{name}: done')


async def main():
    try:
        async with asyncio.timeout(0.4) as cm:
            await step('connect', 0.05)
            await step('log in', 0.05)
            await step('download', 10)  # the server stopped answering
            print('not reached')
    except TimeoutError:
        print('the block ran out of time')
    print('expired:', cm.expired())


asyncio.run(main())
