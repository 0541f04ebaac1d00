#!/usr/bin/env python3
# encoding: utf-8
"""Cancel tasks before and after they have started running."""

#end_pymotw_header
import asyncio


async def work(name):
    print(f'{name}: started')
    await asyncio.sleep(1)
    print(f'{name}: finished')


async def main():
    early = asyncio.create_task(work('early'))
    early.cancel()

    running = asyncio.create_task(work('running'))
    await asyncio.sleep(0.1)
    print('main: cancelling the running task')
    running.cancel()

    for label, task in [('early', early), ('running', running)]:
        try:
            await task
        except asyncio.CancelledError:
            print(f'main: {label} raised CancelledError')
        print(f'main: {label}.cancelled() = {task.cancelled()}')


asyncio.run(main())
