#!/usr/bin/env python3
# encoding: utf-8
"""Schedule plain functions to run on the next loop iteration."""

#end_pymotw_header
import asyncio
import functools


def callback(arg, *, kwarg='default'):
    print(f'callback invoked with {arg} and {kwarg}')


async def main():
    loop = asyncio.get_running_loop()
    print('registering callbacks')
    loop.call_soon(callback, 1)
    wrapped = functools.partial(callback, kwarg='not default')
    loop.call_soon(wrapped, 2)
    print('callbacks registered, none has run yet')

    await asyncio.sleep(0.1)
    print('main finished')


asyncio.run(main())
