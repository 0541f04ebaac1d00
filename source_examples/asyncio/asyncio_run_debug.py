#!/usr/bin/env python3
# encoding: utf-8
"""Debug mode catches calls made from the wrong thread."""

#end_pymotw_header
import asyncio


def schedule_from_thread(loop):
    try:
        loop.call_soon(print, 'this never runs')
    except RuntimeError as err:
        print('RuntimeError:', err)


async def main():
    loop = asyncio.get_running_loop()
    print('debug mode:', loop.get_debug())
    await asyncio.to_thread(schedule_from_thread, loop)


asyncio.run(main(), debug=True)
