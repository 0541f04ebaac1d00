#!/usr/bin/env python3
# encoding: utf-8
"""Replace the loop's default executor."""

#end_pymotw_header
import asyncio
import concurrent.futures
import threading


def where(label):
    return f'{label} ran in {threading.current_thread().name}'


async def main():
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(
        max_workers=1, thread_name_prefix='blocking',
    )
    loop.set_default_executor(pool)
    print(await asyncio.to_thread(where, 'to_thread()'))
    print(await loop.run_in_executor(None, where, 'run_in_executor()'))


asyncio.run(main())  # also shuts the default executor down
