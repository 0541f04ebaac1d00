#!/usr/bin/env python3
# encoding: utf-8
"""An exception in a callback goes to the loop's exception handler."""

#end_pymotw_header
import asyncio


def broken():
    raise ValueError('something went wrong')


def healthy():
    print('healthy callback: the loop keeps running')


def report_problem(loop):
    # Libraries report problems that are not exceptions the same way.
    loop.call_exception_handler({'message': 'cache is 95% full'})


def handle_exception(loop, context):
    # Every context has a message; only some carry an exception.
    exc = context.get('exception')
    if exc is None:
        print('handler: message only:', context['message'])
    else:
        print('handler: exception:', repr(exc))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handle_exception)

    loop.call_soon(broken)
    loop.call_soon(healthy)
    loop.call_soon(report_problem, loop)

    await asyncio.sleep(0.1)
    print('main finished')


asyncio.run(main())
