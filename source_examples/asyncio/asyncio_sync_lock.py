#!/usr/bin/env python3
# encoding: utf-8
"""Protect a read-modify-write sequence with asyncio.Lock."""

#end_pymotw_header
import asyncio
import contextlib


class Counter:
    def __init__(self):
        self.value = 0


async def add_one(counter, guard):
    async with guard:
        current = counter.value
        await asyncio.sleep(0)  # stands in for a slow database call
        counter.value = current + 1


async def count_to_five(guard):
    counter = Counter()
    await asyncio.gather(*(add_one(counter, guard) for _ in range(5)))
    return counter.value


async def main():
    unguarded = await count_to_five(contextlib.nullcontext())
    print('without a lock:', unguarded)
    guarded = await count_to_five(asyncio.Lock())
    print('with a lock:   ', guarded)


asyncio.run(main())
