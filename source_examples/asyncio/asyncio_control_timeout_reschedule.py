#!/usr/bin/env python3
# encoding: utf-8
"""Move a deadline while the timeout block is running."""

#end_pymotw_header
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    async with asyncio.timeout(0.3) as cm:
        await asyncio.sleep(0.05)
        print('header read: a big body follows, allowing more time')
        cm.reschedule(cm.when() + 0.5)
        await asyncio.sleep(0.3)  # would miss the original deadline
        print('body read')

    try:
        async with asyncio.timeout(None) as cm:
            print('deadline at first:', cm.when())
            cm.reschedule(loop.time() + 0.1)
            await asyncio.sleep(10)
    except TimeoutError:
        print('timed out once a deadline was set')


asyncio.run(main())
