#!/usr/bin/env python3
# encoding: utf-8
"""Cancelling a future wakes its waiters with CancelledError."""

#end_pymotw_header
import asyncio


def report(future):
    print('done callback: cancelled =', future.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    future.add_done_callback(report)

    loop.call_soon(future.cancel, 'no longer needed')
    try:
        await future
    except asyncio.CancelledError as err:
        print('await raised', repr(err))

    print('done?', future.done(), '- cancelled?', future.cancelled())
    try:
        future.set_result('too late')
    except asyncio.InvalidStateError:
        print('set_result() on a cancelled future: InvalidStateError')
    print('cancel() again returns', future.cancel())


asyncio.run(main())
