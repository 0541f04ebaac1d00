#!/usr/bin/env python3
# encoding: utf-8
"""as_completed() as an asynchronous iterator yields the original tasks."""

#end_pymotw_header
import asyncio


async def resize(image, delay):
    await asyncio.sleep(delay)
    if image.endswith('.gif'):
        raise ValueError('animated images are not supported')
    return (64, 64)


async def main():
    delays = {'cat.png': 0.45, 'dog.gif': 0.05, 'owl.png': 0.25}
    tasks = {
        asyncio.create_task(resize(image, delay)): image
        for image, delay in delays.items()
    }
    async for task in asyncio.as_completed(tasks):
        image = tasks[task]  # the task itself says which input it was
        if task.exception() is None:
            print(f'{image}: resized to {task.result()}')
        else:
            print(f'{image}: failed, {task.exception()}')


asyncio.run(main())
