#!/usr/bin/env python3
# encoding: utf-8
"""A Barrier holds threads until all of them arrive."""

#end_pymotw_header
import threading


def all_arrived():
    print('all three arrived; one thread runs the action')


barrier = threading.Barrier(3, action=all_arrived)
indexes = {}


def runner(name):
    indexes[name] = barrier.wait()  # a distinct number for each


threads = [
    threading.Thread(target=runner, args=(name,))
    for name in ['ann', 'bob', 'cy']
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print('indexes given out:', sorted(indexes.values()))

lonely = threading.Barrier(2)
try:
    lonely.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print('nobody came: BrokenBarrierError; broken:', lonely.broken)
lonely.reset()
print('after reset(): broken:', lonely.broken)
