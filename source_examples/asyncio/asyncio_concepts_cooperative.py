#!/usr/bin/env python3
# encoding: utf-8
"""Tasks take turns, switching only where they await."""

#end_pymotw_header
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f'{name}: step {i}')
        # Give control back to the event loop so others can run.
        await asyncio.sleep(0)
    print(f'{name}: finished')


async def main():
    first = asyncio.create_task(worker('A', 3))
    second = asyncio.create_task(worker('B', 2))
    print('main: tasks created, now waiting')
    await first
    await second
    print('main: done')


asyncio.run(main())
