#!/usr/bin/env python3
# encoding: utf-8
"""Submit a coroutine to the event loop from another thread."""

#end_pymotw_header
import asyncio
import threading


async def lookup(key):
    await asyncio.sleep(0.1)
    return key.upper()


def worker(loop):
    # This runs in a plain thread, outside the event loop.
    name = threading.current_thread().name
    for key in ('alpha', 'beta'):
        future = asyncio.run_coroutine_threadsafe(lookup(key), loop)
        print(f'{name}: submitted lookup({key!r})')
        print(f'{name}: result {future.result(timeout=5)!r}')


async def main():
    loop = asyncio.get_running_loop()
    thread = threading.Thread(target=worker, args=(loop,), name='worker')
    thread.start()
    # Wait without blocking the loop, which must run the lookups.
    await asyncio.to_thread(thread.join)
    print('main: worker thread finished')


asyncio.run(main())
