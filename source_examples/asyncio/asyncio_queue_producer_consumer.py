#!/usr/bin/env python3
# encoding: utf-8
"""Producer and consumers sharing an asyncio.Queue."""

#end_pymotw_header
import asyncio


async def producer(queue, count):
    for n in range(count):
        await queue.put(n)  # waits while the queue is full
        print(f'producer: put {n} (size {queue.qsize()})')


async def consumer(name, queue):
    while True:
        item = await queue.get()
        print(f'{name}: working on {item}')
        await asyncio.sleep(0)  # the real work would go here
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [
        asyncio.create_task(consumer(f'consumer {n}', queue))
        for n in range(2)
    ]
    await producer(queue, 5)
    await queue.join()  # until task_done() was called for every item
    print('main: all items processed')
    for task in consumers:
        task.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)


asyncio.run(main())
