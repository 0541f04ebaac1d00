#!/usr/bin/env python3
# encoding: utf-8
"""Collect errors alongside results with return_exceptions=True."""

#end_pymotw_header
import asyncio


async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)


async def main():
    inputs = ['10', 'eleven', '12']

    results = await asyncio.gather(
        *(parse(text) for text in inputs),
        return_exceptions=True,
    )
    for text, result in zip(inputs, results, strict=True):
        if isinstance(result, Exception):
            print(f'{text!r}: failed with {type(result).__name__}')
        else:
            print(f'{text!r}: {result}')

    try:
        await asyncio.gather(*(parse(text) for text in inputs))
    except ValueError as err:
        print('without return_exceptions, gather() raised',
              type(err).__name__)


asyncio.run(main())
