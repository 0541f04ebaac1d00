#!/usr/bin/env python3
# encoding: utf-8
"""Put a time limit on one awaitable with asyncio.wait_for()."""

#end_pymotw_header
import asyncio


async def download(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'{name}: cancelled by wait_for()')
        raise
    return f'{name}: {delay}s of data'


async def main():
    result = await asyncio.wait_for(download('small', 0.1), timeout=0.5)
    print('got', repr(result))

    task = asyncio.create_task(download('huge', 0.5))
    try:
        await asyncio.wait_for(task, timeout=0.1)
    except TimeoutError:
        print('wait_for() raised TimeoutError')
    print('task cancelled:', task.cancelled())


asyncio.run(main())
