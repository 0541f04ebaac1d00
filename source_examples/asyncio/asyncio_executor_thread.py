#!/usr/bin/env python3
# encoding: utf-8
"""Run blocking functions in a pool of threads."""

#end_pymotw_header
import asyncio
import concurrent.futures
import time


def fetch(n):
    time.sleep(0.2)  # a blocking call, such as a database query
    return f'record {n}'


async def main():
    loop = asyncio.get_running_loop()
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        results = await asyncio.gather(
            *(loop.run_in_executor(pool, fetch, n) for n in range(6))
        )
    elapsed = time.monotonic() - start
    for result in results:
        print(result)
    print('six 0.2 second calls took less than 1.2 seconds:',
          elapsed < 1.2)


asyncio.run(main())
