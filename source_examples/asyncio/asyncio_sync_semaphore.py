#!/usr/bin/env python3
# encoding: utf-8
"""Limit how many tasks run a section at once with a Semaphore."""

#end_pymotw_header
import asyncio

running = 0


async def download(n, seconds, slots):
    global running
    async with slots:
        running += 1
        print(f'download {n}: start ({running} running)')
        await asyncio.sleep(seconds)
        running -= 1
        print(f'download {n}: done')


async def main():
    slots = asyncio.Semaphore(2)
    durations = [0.05, 0.6, 0.05, 0.05]
    await asyncio.gather(*(
        download(n, seconds, slots)
        for n, seconds in enumerate(durations)
    ))


asyncio.run(main())
