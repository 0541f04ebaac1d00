#!/usr/bin/env python3
# encoding: utf-8
"""Stopping the worker processes of a pool at once (3.14+)."""

#end_pymotw_header
import multiprocessing
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def prepare(event):
    global started
    started = event
    signal.signal(signal.SIGTERM, on_sigterm)


def on_sigterm(signum, frame):
    print('  worker: SIGTERM received, cleaning up', flush=True)
    os._exit(1)


def stuck():
    started.set()
    time.sleep(60)  # a call that would keep the pool busy for a minute


if __name__ == '__main__':
    for stop in (
        ProcessPoolExecutor.terminate_workers,
        ProcessPoolExecutor.kill_workers,
    ):
        print(f'{stop.__name__}():')
        event = multiprocessing.Event()
        executor = ProcessPoolExecutor(
            max_workers=1, initializer=prepare, initargs=(event,)
        )
        running = executor.submit(stuck)
        queued = executor.submit(stuck)
        event.wait()
        start = time.monotonic()
        stop(executor)
        for name, future in [('running', running), ('queued', queued)]:
            try:
                future.result()
            except BrokenProcessPool:
                print(f'  {name} call: BrokenProcessPool')
        elapsed = time.monotonic() - start
        print(f'  stopped long before the minute: {elapsed < 30}')
        try:
            executor.submit(stuck)
        except BrokenProcessPool:
            print('  submit() afterwards: BrokenProcessPool')
