#!/usr/bin/env python3
# encoding: utf-8
"""Sleep until shared state satisfies a predicate."""

#end_pymotw_header
import asyncio


async def batcher(condition, items, size):
    def batch_is_full():
        print(f'batcher: checking, {len(items)} item(s)')
        return len(items) >= size

    async with condition:
        await condition.wait_for(batch_is_full)
        print(f'batcher: got a full batch {items}')


async def main():
    condition = asyncio.Condition()
    items = []
    task = asyncio.create_task(batcher(condition, items, 3))
    for item in 'abcde':
        async with condition:
            items.append(item)
            print(f'main: added {item!r}, notifying')
            condition.notify()
        await asyncio.sleep(0.01)  # let the batcher check the list
        if task.done():
            break
    print('main: batcher finished after', len(items), 'items')


asyncio.run(main())
