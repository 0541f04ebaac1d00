#!/usr/bin/env python3
# encoding: utf-8
"""Make a group of tasks wait for each other with asyncio.Barrier."""

#end_pymotw_header
import asyncio


async def player(name, load_time, barrier):
    await asyncio.sleep(load_time)  # load the level
    print(f'{name}: loaded, waiting for the others')
    position = await barrier.wait()
    print(f'{name}: go! (arrived {position + 1} of {barrier.parties})')


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(
        player('p1', 0.05, barrier),
        player('p2', 0.15, barrier),
        player('p3', 0.25, barrier),
    )
    print('waiting at the barrier now:', barrier.n_waiting)


asyncio.run(main())
