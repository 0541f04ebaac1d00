#!/usr/bin/env python3
# encoding: utf-8
"""Give tasks names that show up when debugging."""

#end_pymotw_header
import asyncio


async def work():
    await asyncio.sleep(0.01)


async def main():
    unnamed = asyncio.create_task(work())
    named = asyncio.create_task(work(), name='fetch-users')
    print('default name:', unnamed.get_name())
    print('given name:  ', named.get_name())

    named.set_name('fetch-users-retry')
    print('renamed:     ', named.get_name())

    await unnamed
    await named


asyncio.run(main())
