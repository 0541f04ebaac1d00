#!/usr/bin/env python3
# encoding: utf-8
"""Schedule plain functions for a point in time on the loop's clock."""

#end_pymotw_header
import asyncio
import time


def callback(n):
    print(f'callback {n} invoked')


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    same_clock = abs(now - time.monotonic()) < 1
    print('loop.time() follows time.monotonic():', same_clock)

    first = loop.call_at(now + 0.2, callback, 1)
    second = loop.call_at(now + 0.1, callback, 2)
    loop.call_soon(callback, 3)
    print(f'callback 1 is due {first.when() - now:.1f} s from now')
    print(f'callback 2 is due {second.when() - now:.1f} s from now')

    await asyncio.sleep(0.3)
    print('main finished')


asyncio.run(main())
