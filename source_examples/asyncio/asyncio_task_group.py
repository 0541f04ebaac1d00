#!/usr/bin/env python3
# encoding: utf-8
"""Run related tasks together with a TaskGroup."""

#end_pymotw_header
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f'{name}: fetched')
    return f'{name} data'


async def main():
    async with asyncio.TaskGroup() as group:
        orders = group.create_task(fetch('orders', 0.1))
        users = group.create_task(fetch('users', 0.2))
        print('tasks started, leaving the block waits for them')

    print('every task in the group has finished')
    print('results:', orders.result(), '/', users.result())


asyncio.run(main())
