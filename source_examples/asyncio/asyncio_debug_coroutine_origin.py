#!/usr/bin/env python3
# encoding: utf-8
"""Debug mode shows where a forgotten coroutine was created."""

#end_pymotw_header
import asyncio
import gc
import logging
import sys
import warnings

logging.basicConfig(stream=sys.stdout, format='%(name)s: %(message)s')
logging.captureWarnings(True)
warnings.simplefilter('default')


async def save(record):
    print('saving', record)


def make_job(record):
    return save(record)  # the caller must await the result


async def main():
    # Report only slow steps well past anything in this example.
    asyncio.get_running_loop().slow_callback_duration = 1.0
    job = make_job('first')
    print('job created, but nobody awaits it')
    del job
    gc.collect()


asyncio.run(main(), debug=True)
