#!/usr/bin/env python3
# encoding: utf-8
"""Await a concurrent.futures.Future by wrapping it for asyncio."""

#end_pymotw_header
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor


async def main():
    with ThreadPoolExecutor(max_workers=1) as pool:
        # Code written for threads hands out concurrent.futures objects.
        job = pool.submit(pow, 2, 10)
        wrapped = asyncio.wrap_future(job)
        print('job is an asyncio future:', isinstance(job, asyncio.Future))
        print('wrapped is an asyncio future:',
              isinstance(wrapped, asyncio.Future))
        print('result:', await wrapped)

        gate = threading.Event()
        busy = pool.submit(gate.wait, 5)  # holds the only worker thread
        queued = pool.submit(pow, 3, 3)  # waits for its turn
        asyncio.wrap_future(queued).cancel()
        await asyncio.sleep(0)  # the loop passes the cancellation on
        print('queued job cancelled too:', queued.cancelled())
        gate.set()
        print('busy job returned:', await asyncio.wrap_future(busy))


asyncio.run(main())
