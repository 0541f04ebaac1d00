#!/usr/bin/env python3
# encoding: utf-8
"""Find the running task and all unfinished tasks."""

#end_pymotw_header
import asyncio


async def worker(release):
    me = asyncio.current_task()
    print(f'{me.get_name()}: started')
    await release.wait()
    print(f'{me.get_name()}: finished')


def task_names():
    return sorted(task.get_name() for task in asyncio.all_tasks())


async def main():
    print('main runs in', asyncio.current_task().get_name())
    release_short = asyncio.Event()
    release_long = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        short = group.create_task(worker(release_short),
                                  name='worker-short')
        group.create_task(worker(release_long), name='worker-long')
        release_short.set()
        await short
        print('unfinished tasks:', task_names())
        release_long.set()
    print('after the group:', task_names())


asyncio.run(main())
