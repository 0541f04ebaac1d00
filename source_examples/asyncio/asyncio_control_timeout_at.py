#!/usr/bin/env python3
# encoding: utf-8
"""Share one absolute deadline between blocks with timeout_at()."""

#end_pymotw_header
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.4  # the whole job must end by then

    async with asyncio.timeout_at(deadline):
        await asyncio.sleep(0.05)
        print('connected')

    print('doing some bookkeeping outside the deadline blocks')

    try:
        async with asyncio.timeout_at(deadline):
            await asyncio.sleep(10)
            print('not reached')
    except TimeoutError:
        print('ran out of time while downloading')


asyncio.run(main())
