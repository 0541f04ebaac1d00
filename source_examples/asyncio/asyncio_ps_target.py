#!/usr/bin/env python3
# encoding: utf-8
"""A small server for python -m asyncio ps and pstree to look at."""

#end_pymotw_header
import asyncio


async def handle(client, stop):
    await stop.wait()


async def serve(stop, started):
    async with asyncio.TaskGroup() as group:
        for client in ('alice', 'bob'):
            group.create_task(handle(client, stop), name=f'handle-{client}')
        started.set()


async def main():
    stop = asyncio.Event()  # never set: the program runs until it is stopped
    started = asyncio.Event()
    server = asyncio.create_task(serve(stop, started), name='server')
    await started.wait()
    await asyncio.sleep(0)  # let the handlers reach their await
    print('ready', flush=True)
    await server


asyncio.run(main())
