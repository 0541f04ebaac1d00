#!/usr/bin/env python3
# encoding: utf-8
"""Calling a coroutine function creates a coroutine object."""

#end_pymotw_header
import asyncio
import inspect


async def greet(name):
    print(f'  greet({name!r}) is running')
    return f'hello, {name}'


print('is a coroutine function:', inspect.iscoroutinefunction(greet))

coro = greet('world')
print('calling it returned a', type(coro).__name__)
print('is a coroutine object:', inspect.iscoroutine(coro))

print('handing it to asyncio.run()')
result = asyncio.run(coro)
print('result:', result)
