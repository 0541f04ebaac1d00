#!/usr/bin/env python3
# encoding: utf-8
"""Run callbacks when a future is done."""

#end_pymotw_header
import asyncio
import functools


def callback(future, n):
    print(f'callback {n}: result is {future.result()!r}')


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()

    for n in (1, 2):
        future.add_done_callback(functools.partial(callback, n=n))
    loop.call_later(0.1, future.set_result, 'the result')

    print('waiting for the future')
    await future
    print('main resumed after the callbacks')

    future.add_done_callback(functools.partial(callback, n=3))
    print('callback 3 added to a future that is already done')
    await asyncio.sleep(0)
    print('main finished')


asyncio.run(main())
