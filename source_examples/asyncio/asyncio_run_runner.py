#!/usr/bin/env python3
# encoding: utf-8
"""Run several coroutines one after another in the same loop."""

#end_pymotw_header
import asyncio


async def worker(queue):
    while True:
        item = await queue.get()
        print('  worker got', item)
        queue.task_done()


async def start_worker(queue):
    return asyncio.create_task(worker(queue))


async def feed(queue, *items):
    for item in items:
        await queue.put(item)
    await queue.join()
    return asyncio.get_running_loop()


with asyncio.Runner() as runner:
    queue = asyncio.Queue()
    task = runner.run(start_worker(queue))
    print('first batch')
    loop1 = runner.run(feed(queue, 'a', 'b'))
    print('second batch')
    loop2 = runner.run(feed(queue, 'c'))
    print('same loop both times:', loop1 is loop2)
    print('worker still alive:', not task.done())

print('worker cancelled on exit:', task.cancelled())
print('loop closed:', loop1.is_closed())
