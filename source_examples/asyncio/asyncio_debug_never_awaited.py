#!/usr/bin/env python3
# encoding: utf-8
"""A coroutine that is called but never awaited."""

#end_pymotw_header
import asyncio
import gc
import logging
import sys
import warnings

logging.basicConfig(stream=sys.stdout, format='%(name)s: %(message)s')
logging.captureWarnings(True)  # route warnings through logging
warnings.simplefilter('default')  # show them even under -W error


async def save(record):
    print('saving', record)


async def main():
    save('first')  # forgot the await
    gc.collect()  # make sure the coroutine object is gone
    await save('second')


asyncio.run(main(), debug=False)
