#!/usr/bin/env python3
# encoding: utf-8
"""Create, drive, and close an event loop by hand."""

#end_pymotw_header
import asyncio


async def greet(name):
    await asyncio.sleep(0.1)
    return f'hello, {name}'


loop = asyncio.new_event_loop()
try:
    print('running:', loop.is_running())
    print(loop.run_until_complete(greet('first call')))
    print(loop.run_until_complete(greet('second call')))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.run_until_complete(loop.shutdown_default_executor())
finally:
    loop.close()
print('closed:', loop.is_closed())
