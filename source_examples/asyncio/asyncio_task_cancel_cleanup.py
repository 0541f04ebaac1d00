#!/usr/bin/env python3
# encoding: utf-8
"""A task can react to being cancelled, and should re-raise."""

#end_pymotw_header
import asyncio


async def polite():
    print('polite: opening connection')
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('polite: cancelled, re-raising')
        raise
    finally:
        print('polite: connection closed')


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn: ignoring the cancellation')
    return 'finished anyway'


async def main():
    tasks = {
        'polite': asyncio.create_task(polite()),
        'stubborn': asyncio.create_task(stubborn()),
    }
    await asyncio.sleep(0.1)
    for task in tasks.values():
        task.cancel()

    for label, task in tasks.items():
        try:
            result = await task
        except asyncio.CancelledError:
            print(f'main: {label} was cancelled')
        else:
            print(f'main: {label} returned {result!r}')


asyncio.run(main())
