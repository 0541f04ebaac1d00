#!/usr/bin/env python3
# encoding: utf-8
"""The decimal module keeps its arithmetic context in a context variable."""

#end_pymotw_header
import asyncio
import decimal


async def divide(precision):
    with decimal.localcontext(prec=precision):
        await asyncio.sleep(0)  # the other tasks run here
        result = decimal.Decimal(1) / decimal.Decimal(7)
    print(f'precision {precision:>2}: {result}')


async def main():
    async with asyncio.TaskGroup() as group:
        for precision in (3, 6, 12):
            group.create_task(divide(precision))
    print('main task precision:', decimal.getcontext().prec)


asyncio.run(main())
