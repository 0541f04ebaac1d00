#!/usr/bin/env python3
# encoding: utf-8
"""Cancel scheduled callbacks before they run."""

#end_pymotw_header
import asyncio


def callback(label):
    print(f'callback {label!r} invoked')


def on_timeout():
    print('watchdog: the work took too long!')


async def main():
    loop = asyncio.get_running_loop()

    soon = loop.call_soon(callback, 'soon')
    loop.call_soon(callback, 'also soon')
    soon.cancel()

    watchdog = loop.call_later(0.2, on_timeout)
    await asyncio.sleep(0)  # stands in for work that finishes quickly
    print('work finished, stopping the watchdog')
    watchdog.cancel()
    print('watchdog cancelled:', watchdog.cancelled())

    await asyncio.sleep(0.3)  # past the watchdog's deadline
    print('main finished')


asyncio.run(main())
