#!/usr/bin/env python3
# encoding: utf-8
"""Wait for a group of tasks with asyncio.wait()."""

#end_pymotw_header
import asyncio


async def fetch(name, delay):
    print(f'{name}: starting')
    await asyncio.sleep(delay)
    print(f'{name}: finished')
    return f'{name} result'


async def main():
    tasks = [
        asyncio.create_task(fetch('alpha', 0.45)),
        asyncio.create_task(fetch('beta', 0.05)),
        asyncio.create_task(fetch('gamma', 0.25)),
    ]
    print('waiting for the tasks')
    done, pending = await asyncio.wait(tasks)
    print(f'done: {len(done)}, pending: {len(pending)}')
    # done is a set: sort the results to print them in a fixed order.
    for result in sorted(task.result() for task in done):
        print(result)


asyncio.run(main())
