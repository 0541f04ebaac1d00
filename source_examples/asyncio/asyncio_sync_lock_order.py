#!/usr/bin/env python3
# encoding: utf-8
"""Tasks waiting for a Lock get it one at a time, in arrival order."""

#end_pymotw_header
import asyncio


async def use_printer(lock, name):
    print(f'{name}: waiting for the printer')
    async with lock:
        print(f'{name}: printing')
        await asyncio.sleep(0.01)
    print(f'{name}: done')


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    print('main holds the lock:', lock.locked())
    tasks = [
        asyncio.create_task(use_printer(lock, name))
        for name in ('ann', 'bob')
    ]
    await asyncio.sleep(0)  # let both tasks start waiting
    print('main releases the lock')
    lock.release()
    await asyncio.gather(*tasks)
    print('lock held at the end:', lock.locked())


asyncio.run(main())
