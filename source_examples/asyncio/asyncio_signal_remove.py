#!/usr/bin/env python3
# encoding: utf-8
"""A one-shot signal handler that removes itself."""

#end_pymotw_header
import asyncio
import os
import signal


def reload_once(loop, done):
    print('reloading configuration')
    removed = loop.remove_signal_handler(signal.SIGUSR1)
    print('handler removed:', removed)
    done.set()


async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, reload_once, loop, done)

    loop.call_soon(os.kill, os.getpid(), signal.SIGUSR1)
    await done.wait()

    print('removing again:', loop.remove_signal_handler(signal.SIGUSR1))
    default = signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL
    print('SIGUSR1 back to its default action:', default)


asyncio.run(main())
