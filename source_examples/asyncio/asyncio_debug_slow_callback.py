#!/usr/bin/env python3
# encoding: utf-8
"""Debug mode reports steps that block the event loop."""

#end_pymotw_header
import asyncio
import logging
import sys
import time

# asyncio reports through the logging module; print the reports.
logging.basicConfig(
    stream=sys.stdout,
    format='%(levelname)s:%(name)s:%(message)s',
)


async def compute():
    time.sleep(0.5)  # a mistake: blocks the whole loop
    return 42


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 0.3  # the default is 0.1 seconds
    result = await asyncio.create_task(compute(), name='compute')
    print('result:', result)


asyncio.run(main(), debug=True)
