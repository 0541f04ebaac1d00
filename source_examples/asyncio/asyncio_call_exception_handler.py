#!/usr/bin/env python3
# encoding: utf-8
"""An exception in a callback goes to the loop's exception handler."""

#end_pymotw_header
import asyncio


def broken():
    raise ValueError('something went wrong')


def healthy():
    print('healthy callback: the loop keeps running')


def handle_exception(loop, context):
    print('exception handler got:', repr(context['exception']))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handle_exception)

    loop.call_soon(broken)
    loop.call_soon(healthy)

    await asyncio.sleep(0.1)
    print('main finished')


asyncio.run(main())
