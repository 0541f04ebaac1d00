#!/usr/bin/env python3
# encoding: utf-8
"""A future can carry an exception instead of a result."""

#end_pymotw_header
import asyncio


def fail(future):
    print('reporting a failure')
    future.set_exception(ValueError('the data was bad'))


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_soon(fail, future)

    try:
        await future
    except ValueError as err:
        print('await raised', repr(err))

    print('done?', future.done())
    print('exception() returns', repr(future.exception()))


asyncio.run(main())
