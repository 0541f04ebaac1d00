#!/usr/bin/env python3
# encoding: utf-8
"""A failing task cancels the rest of its TaskGroup."""

#end_pymotw_header
import asyncio


async def download(name):
    print(f'{name}: downloading')
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f'{name}: cancelled by the group')
        raise
    print(f'{name}: done')


async def parse(text):
    print(f'parse: converting {text!r}')
    return int(text)


async def lookup(key):
    print(f'lookup: finding {key!r}')
    return {'known': 1}[key]


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(download('big.iso'))
            group.create_task(parse('abc'))
            group.create_task(lookup('unknown'))
    except* ValueError as group_err:
        for err in group_err.exceptions:
            print('ValueError:', err)
    except* KeyError as group_err:
        for err in group_err.exceptions:
            print('KeyError:', err)
    print('main: carrying on')


asyncio.run(main())
