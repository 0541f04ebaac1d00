#!/usr/bin/env python3
# encoding: utf-8
"""contextlib.aclosing() closes an asynchronous generator on time."""

#end_pymotw_header
import asyncio
from contextlib import aclosing


async def rows(name):
    print(f'{name}: cursor opened')
    try:
        for n in range(100):
            await asyncio.sleep(0)  # stands in for a database round trip
            yield n
    finally:
        print(f'{name}: cursor closed')


async def first_rows(source, count):
    async for row in source:
        if row >= count:
            break  # leaves the generator suspended at its yield
        print('  row', row)


async def main():
    plain = rows('plain')
    await first_rows(plain, 2)
    print('plain: loop finished; generator still open?',
          plain.ag_frame is not None)

    async with aclosing(rows('aclosing')) as managed:
        await first_rows(managed, 2)
    print('aclosing: block finished; generator still open?',
          managed.ag_frame is not None)
    print('main() returns')


asyncio.run(main())
print('asyncio.run() has returned')
