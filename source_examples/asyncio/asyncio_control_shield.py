#!/usr/bin/env python3
# encoding: utf-8
"""Protect a task from cancellation with asyncio.shield()."""

#end_pymotw_header
import asyncio


async def save(document):
    print(f'saving {document}')
    await asyncio.sleep(0.3)
    print(f'saved {document}')
    return 'ok'


async def main():
    task = asyncio.create_task(save('report.txt'))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except TimeoutError:
        print('stopped waiting; task still running:', not task.done())
    result = await task
    print('save result:', result)


asyncio.run(main())
