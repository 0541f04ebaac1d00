#!/usr/bin/env python3
# encoding: utf-8
"""Thread-local storage is shared by every task of a thread."""

#end_pymotw_header
import asyncio
import contextvars
import threading

local = threading.local()
user = contextvars.ContextVar('user')


async def handle(name):
    local.user = name
    user.set(name)
    await asyncio.sleep(0)  # another request runs here
    print(f'{name:<6} threading.local: {local.user:<6} '
          f'ContextVar: {user.get()}')


async def main():
    async with asyncio.TaskGroup() as group:
        for name in ('alice', 'bob', 'carol'):
            group.create_task(handle(name))


asyncio.run(main())
