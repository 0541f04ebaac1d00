#!/usr/bin/env python3
# encoding: utf-8
"""create_task(context=...) runs tasks in a given context."""

#end_pymotw_header
import asyncio
import contextvars

visits = contextvars.ContextVar('visits', default=0)


async def visit():
    visits.set(visits.get() + 1)


async def main():
    shared = contextvars.copy_context()
    async with asyncio.TaskGroup() as group:
        for _ in range(3):
            group.create_task(visit(), context=shared)
    print('three tasks in one shared context:', shared[visits])

    async with asyncio.TaskGroup() as group:
        for _ in range(3):
            group.create_task(visit())
    print('three tasks with their own copies:', visits.get())


asyncio.run(main())
