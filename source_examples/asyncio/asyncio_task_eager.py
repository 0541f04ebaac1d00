#!/usr/bin/env python3
# encoding: utf-8
"""Eager tasks start running as soon as they are created."""

#end_pymotw_header
import asyncio


async def lookup(key, cache):
    print(f'  lookup({key!r}) started')
    if key in cache:
        return cache[key]
    await asyncio.sleep(0.01)  # pretend to ask a server
    cache[key] = key.upper()
    return cache[key]


async def demo(label):
    print(label)
    cache = {'hit': 'HIT'}
    hit = asyncio.create_task(lookup('hit', cache))
    miss = asyncio.create_task(lookup('miss', cache))
    print('  tasks created; done?', hit.done(), miss.done())
    print('  results:', await hit, await miss)


async def main():
    await demo('default task factory:')
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    await demo('eager task factory:')


asyncio.run(main())
