#!/usr/bin/env python3
# encoding: utf-8
"""Start a coroutine by handing it to an event loop."""

#end_pymotw_header
import asyncio


async def coroutine():
    print('in coroutine')


event_loop = asyncio.new_event_loop()
try:
    print('entering event loop')
    event_loop.run_until_complete(coroutine())
finally:
    print('closing event loop')
    event_loop.close()
