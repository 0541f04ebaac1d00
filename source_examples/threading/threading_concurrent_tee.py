#!/usr/bin/env python3
# encoding: utf-8
"""Python 3.15: concurrent_tee() gives each thread the whole stream."""

#end_pymotw_header
import threading


def readings():
    yield from [12.5, 13.0, 12.75, 14.25]


received = {}


def consume(name, iterator):
    received[name] = list(iterator)


left, right = threading.concurrent_tee(readings(), 2)
threads = [
    threading.Thread(target=consume, args=('logger', left)),
    threading.Thread(target=consume, args=('plotter', right)),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for name, values in sorted(received.items()):
    print(f'{name:8} {values}')
