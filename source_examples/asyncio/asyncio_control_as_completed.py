#!/usr/bin/env python3
# encoding: utf-8
"""Handle results in the order they become available."""

#end_pymotw_header
import asyncio


async def resize(image, delay):
    await asyncio.sleep(delay)
    return f'{image} resized'


async def main():
    jobs = [
        resize('cat.png', 0.45),
        resize('dog.png', 0.05),
        resize('owl.png', 0.25),
    ]
    for next_result in asyncio.as_completed(jobs):
        result = await next_result
        print(result)


asyncio.run(main())
