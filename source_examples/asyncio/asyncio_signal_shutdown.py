#!/usr/bin/env python3
# encoding: utf-8
"""Finish the current job, then stop, when SIGTERM arrives."""

#end_pymotw_header
import asyncio
import os
import signal


async def worker(stop):
    loop = asyncio.get_running_loop()
    job = 0
    while not stop.is_set():
        job += 1
        print(f'job {job}: started')
        if job == 2:
            # Pretend an operator runs "kill <pid>" right now.
            loop.call_soon(os.kill, os.getpid(), signal.SIGTERM)
        await asyncio.sleep(0.1)  # the actual work
        print(f'job {job}: finished')
    print('worker: no new jobs after SIGTERM')


def on_sigterm(stop):
    print('SIGTERM received: finishing the current job')
    stop.set()


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, on_sigterm, stop)
    await worker(stop)
    loop.remove_signal_handler(signal.SIGTERM)
    print('clean shutdown')


asyncio.run(main())
