#!/usr/bin/env python3
# encoding: utf-8
"""Start coroutines as tasks and await their results."""

#end_pymotw_header
import asyncio


async def work(name, delay):
    print(f'{name}: started')
    await asyncio.sleep(delay)
    print(f'{name}: finished')
    return name.upper()


async def main():
    fast = asyncio.create_task(work('fast', 0.1))
    slow = asyncio.create_task(work('slow', 0.2))
    print('main: tasks created, done?', fast.done(), slow.done())

    print('main: awaiting the slow task')
    print('main: slow returned', repr(await slow))
    print('main: fast done already?', fast.done())
    print('main: fast returned', repr(await fast))


asyncio.run(main())
