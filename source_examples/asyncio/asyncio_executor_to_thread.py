#!/usr/bin/env python3
# encoding: utf-8
"""to_thread() carries context variables into the thread."""

#end_pymotw_header
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='unset')


def log(message):
    print(f'[{request_id.get()}] {message}')


async def main():
    request_id.set('req-42')
    log('in the coroutine')
    await asyncio.to_thread(log, 'via to_thread()')

    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, log, 'via run_in_executor()')


asyncio.run(main())
