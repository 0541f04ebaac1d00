#!/usr/bin/env python3
# encoding: utf-8
"""Keep the loop responsive while a blocking call runs in a thread."""

#end_pymotw_header
import asyncio
import time


def blocking_read():
    time.sleep(0.35)  # stands in for a slow, blocking library call
    return 'data from the slow call'


async def heartbeat():
    for n in range(3):
        await asyncio.sleep(0.1)
        print('heartbeat', n)


async def main():
    result, _ = await asyncio.gather(
        asyncio.to_thread(blocking_read),
        heartbeat(),
    )
    print('result:', result)


asyncio.run(main())
