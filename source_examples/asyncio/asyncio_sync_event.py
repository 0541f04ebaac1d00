#!/usr/bin/env python3
# encoding: utf-8
"""Wake every waiting task at once with asyncio.Event."""

#end_pymotw_header
import asyncio


async def runner(name, start_signal):
    print(f'{name}: on the starting line')
    await start_signal.wait()
    print(f'{name}: running')


async def main():
    start_signal = asyncio.Event()
    runners = [
        asyncio.create_task(runner(name, start_signal))
        for name in ('ada', 'ben', 'cy')
    ]
    await asyncio.sleep(0.1)
    print('main: ready, set, go!')
    start_signal.set()
    await asyncio.gather(*runners)

    print('is_set():', start_signal.is_set())
    await start_signal.wait()  # already set: returns at once
    start_signal.clear()
    print('after clear():', start_signal.is_set())


asyncio.run(main())
