#!/usr/bin/env python3
# encoding: utf-8
"""Run the event loop until a future receives its result."""

#end_pymotw_header
import asyncio


def mark_done(future, result):
    print('setting future result to', repr(result))
    future.set_result(result)


loop = asyncio.new_event_loop()
try:
    all_done = loop.create_future()
    print('future done?', all_done.done())

    loop.call_soon(mark_done, all_done, 'the result')
    print('entering the event loop')
    result = loop.run_until_complete(all_done)
    print('run_until_complete() returned', repr(result))
finally:
    print('closing the event loop')
    loop.close()

print('future done?', all_done.done())
print('future result:', repr(all_done.result()))
