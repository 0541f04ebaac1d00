#!/usr/bin/env python3
# encoding: utf-8
"""BoundedSemaphore catches a release() without a matching acquire()."""

#end_pymotw_header
import asyncio


async def main():
    plain = asyncio.Semaphore(1)
    plain.release()  # a bug: nothing was acquired
    await plain.acquire()
    await plain.acquire()  # does not block: the limit is now 2
    print('plain Semaphore: two holders, locked() =', plain.locked())
    plain.release()
    plain.release()

    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as err:
        print('BoundedSemaphore:', err)


asyncio.run(main())
