#!/usr/bin/env python3
# encoding: utf-8
"""Each asyncio task runs in its own copy of the context."""

#end_pymotw_header
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='none')


async def handle(number):
    request_id.set(f'request-{number}')
    await asyncio.sleep(0)  # the other tasks run here
    print(f'task {number} sees {request_id.get()}')


async def main():
    request_id.set('main')
    async with asyncio.TaskGroup() as group:
        for number in range(1, 4):
            group.create_task(handle(number))
    print('main sees', request_id.get())


asyncio.run(main())
