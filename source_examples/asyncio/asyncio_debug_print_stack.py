#!/usr/bin/env python3
# encoding: utf-8
"""Find out where each unfinished task is waiting."""

#end_pymotw_header
import asyncio
import sys


async def consume(queue):
    while True:
        item = await queue.get()
        print('consumed', item)


async def wait_for_config(ready):
    print('waiting for the configuration')
    await ready.wait()


async def main():
    queue = asyncio.Queue()
    ready = asyncio.Event()
    asyncio.create_task(consume(queue), name='consumer')
    asyncio.create_task(wait_for_config(ready), name='loader')
    await asyncio.sleep(0.1)  # everything is stuck now: why?

    others = asyncio.all_tasks() - {asyncio.current_task()}
    for task in sorted(others, key=lambda t: t.get_name()):
        print()
        task.print_stack(file=sys.stdout)


asyncio.run(main(), debug=False)
