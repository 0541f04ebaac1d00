#!/usr/bin/env python3
# encoding: utf-8
"""A pending task that is garbage collected."""

#end_pymotw_header
import asyncio
import gc
import logging
import sys

logging.basicConfig(stream=sys.stdout, format='%(name)s: %(message)s')


async def wait_forever(future):
    await future


async def main():
    loop = asyncio.get_running_loop()
    # Only the task and the future refer to each other.
    asyncio.create_task(wait_forever(loop.create_future()), name='orphan')
    await asyncio.sleep(0)  # let the task start and block
    print('collecting garbage')
    gc.collect()
    print('main() done')


asyncio.run(main(), debug=False)
