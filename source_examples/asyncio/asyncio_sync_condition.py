#!/usr/bin/env python3
# encoding: utf-8
"""Wake some or all waiting tasks with asyncio.Condition."""

#end_pymotw_header
import asyncio


async def worker(n, condition):
    async with condition:
        print(f'worker {n}: waiting')
        await condition.wait()
        print(f'worker {n}: woken up')


async def notify(condition, how_many):
    async with condition:
        if how_many == 'all':
            print('main: notify_all()')
            condition.notify_all()
        else:
            print(f'main: notify({how_many})')
            condition.notify(how_many)
    await asyncio.sleep(0.1)  # give the woken workers time to run


async def main():
    condition = asyncio.Condition()
    workers = [
        asyncio.create_task(worker(n, condition)) for n in range(5)
    ]
    await asyncio.sleep(0.1)  # let every worker reach wait()
    await notify(condition, 1)
    await notify(condition, 2)
    await notify(condition, 'all')
    await asyncio.gather(*workers)


asyncio.run(main())
