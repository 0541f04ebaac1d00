#!/usr/bin/env python3
# encoding: utf-8
"""Stop waiting as soon as the first task finishes."""

#end_pymotw_header
import asyncio


async def query(mirror, delay):
    await asyncio.sleep(delay)
    return f'answer from {mirror}'


async def main():
    tasks = [
        asyncio.create_task(query('mirror-a', 1.0)),
        asyncio.create_task(query('mirror-b', 0.1)),
        asyncio.create_task(query('mirror-c', 1.5)),
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED,
    )
    print(f'done: {len(done)}, pending: {len(pending)}')
    for task in done:
        print(task.result())

    # The slower queries are no longer needed.
    for task in pending:
        task.cancel()
    await asyncio.wait(pending)
    print('cancelled:', [task.cancelled() for task in tasks])


asyncio.run(main())
