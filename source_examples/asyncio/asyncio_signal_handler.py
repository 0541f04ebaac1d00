#!/usr/bin/env python3
# encoding: utf-8
"""Run a callback in the event loop when a signal arrives."""

#end_pymotw_header
import asyncio
import os
import signal


def on_signal(sig, received):
    print(f'handler: got {sig.name}')
    received.put_nowait(sig)


async def main():
    loop = asyncio.get_running_loop()
    received = asyncio.Queue()
    for sig in (signal.SIGHUP, signal.SIGUSR1):
        loop.add_signal_handler(sig, on_signal, sig, received)

    for sig in (signal.SIGHUP, signal.SIGUSR1):
        print(f'main: sending {sig.name} in 0.1 seconds')
        loop.call_later(0.1, os.kill, os.getpid(), sig)
        await received.get()
        print(f'main: {sig.name} was handled')


asyncio.run(main())
