#!/usr/bin/env python3
# encoding: utf-8
"""Stopping a whole task group without an error (3.15+)."""

#end_pymotw_header
import asyncio

MIRRORS = [('mirror-a', 0.3), ('mirror-b', 0.1), ('mirror-c', 0.2)]


async def search(mirror, delay, group, found):
    await asyncio.sleep(delay)  # stands for a download
    print(f'{mirror}: found it, cancelling the group')
    found.append(mirror)  # keep the answer before cancelling
    group.cancel()
    return mirror


async def main():
    found = []
    async with asyncio.TaskGroup() as group:
        tasks = [
            group.create_task(search(mirror, delay, group, found), name=mirror)
            for mirror, delay in MIRRORS
        ]
        await asyncio.sleep(60)  # the body of the block is cancelled too
        print('not reached')
    print('the block ended without an exception; found:', found)
    for task in tasks:
        if task.cancelled():
            print(f'  {task.get_name()}: cancelled')
        else:
            print(f'  {task.get_name()}: returned {task.result()}')


asyncio.run(main())
