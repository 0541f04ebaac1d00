#!/usr/bin/env python3
# encoding: utf-8
"""Exceptions travel from a task to whoever awaits it."""

#end_pymotw_header
import asyncio


async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)


async def main():
    task = asyncio.create_task(parse('forty-two'))
    try:
        await task
    except ValueError as err:
        print('caught from the task:', err, flush=True)

    print('now awaiting without a try block', flush=True)
    await parse('seven')


asyncio.run(main())
