#!/usr/bin/env python3
# encoding: utf-8
"""A coroutine waits for a future's result with await."""

#end_pymotw_header
import asyncio


def mark_done(future, result):
    print('setting future result to', repr(result))
    future.set_result(result)


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()

    try:
        future.result()
    except asyncio.InvalidStateError:
        print('result() on a pending future: InvalidStateError')

    loop.call_later(0.1, mark_done, future, 'the result')
    print('waiting for the future')
    result = await future
    print('await returned', repr(result))
    print('awaiting again returns', repr(await future))


asyncio.run(main())
