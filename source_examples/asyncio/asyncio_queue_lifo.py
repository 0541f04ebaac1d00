#!/usr/bin/env python3
# encoding: utf-8
"""Take the newest item first with asyncio.LifoQueue."""

#end_pymotw_header
import asyncio


async def main():
    fifo = asyncio.Queue()
    lifo = asyncio.LifoQueue()
    for page in ['home', 'products', 'cart', 'checkout']:
        await fifo.put(page)
        await lifo.put(page)

    print('Queue:    ', [fifo.get_nowait() for _ in range(fifo.qsize())])
    print('LifoQueue:', [lifo.get_nowait() for _ in range(lifo.qsize())])


asyncio.run(main())
