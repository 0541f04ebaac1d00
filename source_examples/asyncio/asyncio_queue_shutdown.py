#!/usr/bin/env python3
# encoding: utf-8
"""Queue.shutdown() ends the consumers without cancelling them."""

#end_pymotw_header
import asyncio


async def consumer(name, queue):
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:
            print(f'{name}: queue shut down and empty, stopping')
            return
        print(f'{name}: working on {item}')
        await asyncio.sleep(0)  # the real work would go here
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as group:
        for n in range(2):
            group.create_task(consumer(f'consumer {n}', queue))
        for item in ['a', 'b', 'c']:
            await queue.put(item)
        queue.shutdown()  # no more items; what is queued still gets out
        print(f'main: shut down with {queue.qsize()} items queued')
        try:
            await queue.put('d')
        except asyncio.QueueShutDown:
            print('main: put() after shutdown() raised QueueShutDown')
    print('main: every consumer has returned')

    queue = asyncio.Queue()
    for item in ['x', 'y']:
        queue.put_nowait(item)
    queue.shutdown(immediate=True)  # drop what is queued, too
    print(f'immediate shutdown: {queue.qsize()} items left')
    try:
        queue.get_nowait()
    except asyncio.QueueShutDown:
        print('immediate shutdown: get_nowait() raised QueueShutDown')


asyncio.run(main())
