#!/usr/bin/env python3
# encoding: utf-8
"""Handle errors nobody retrieved with a custom exception handler."""

#end_pymotw_header
import asyncio
import gc


def handle_exception(loop, context):
    print('handler called:')
    print('  message:', context['message'])
    print('  exception:', repr(context.get('exception')))


async def fail():
    raise RuntimeError('lost error')


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handle_exception)

    asyncio.create_task(fail())  # no reference kept, never awaited
    await asyncio.sleep(0.01)
    gc.collect()  # be sure the finished task has been freed
    print('main() done')


asyncio.run(main())
