#!/usr/bin/env python3
# encoding: utf-8
"""Schedule plain functions to run after a delay."""

#end_pymotw_header
import asyncio


def callback(n):
    print(f'callback {n} invoked')


async def main():
    loop = asyncio.get_running_loop()
    print('registering callbacks')
    loop.call_later(0.3, callback, 1)
    loop.call_later(0.1, callback, 2)
    loop.call_soon(callback, 3)

    await asyncio.sleep(0.4)
    print('main finished')


asyncio.run(main())
