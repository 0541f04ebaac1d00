#!/usr/bin/env python3
# encoding: utf-8
"""The three kinds of awaitable objects: coroutines, tasks, futures."""

#end_pymotw_header
import asyncio
import inspect


async def compute(value):
    await asyncio.sleep(0.01)
    return value * 2


async def main():
    loop = asyncio.get_running_loop()

    coro = compute(1)
    task = asyncio.create_task(compute(2))
    future = loop.create_future()
    loop.call_soon(future.set_result, 6)

    for label, obj in [('coroutine', coro), ('task', task),
                       ('future', future)]:
        print(f'{label:9}: awaitable={inspect.isawaitable(obj)}', end=' ')
        print('result =', await obj)

    print('plain int is awaitable?', inspect.isawaitable(8))


asyncio.run(main())
