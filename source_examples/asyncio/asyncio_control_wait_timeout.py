#!/usr/bin/env python3
# encoding: utf-8
"""asyncio.wait() with a timeout leaves unfinished tasks running."""

#end_pymotw_header
import asyncio


async def job(n, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'job {n}: cancelled')
        raise
    print(f'job {n}: finished')
    return n


async def main():
    tasks = [
        asyncio.create_task(job(1, 0.01)),
        asyncio.create_task(job(2, 1.0)),
        asyncio.create_task(job(3, 1.5)),
    ]
    done, pending = await asyncio.wait(tasks, timeout=0.3)
    print(f'after the timeout: {len(done)} done, {len(pending)} pending')
    print('pending tasks still running:',
          all(not task.done() for task in pending))

    # wait() does not cancel anything: that is up to the caller.
    for task in tasks:
        if task in pending:
            task.cancel()
    await asyncio.wait(pending)
    print('results:', [task.result() for task in done])


asyncio.run(main())
