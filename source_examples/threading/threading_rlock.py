#!/usr/bin/env python3
# encoding: utf-8
"""An RLock may be acquired again by the thread that holds it."""

#end_pymotw_header
import threading

plain = threading.Lock()
with plain:
    # Waiting here for ourselves would never end: ask without waiting.
    print('Lock acquired twice: ', plain.acquire(blocking=False))

reentrant = threading.RLock()
with reentrant:
    print('RLock acquired twice:', reentrant.acquire(blocking=False))
    reentrant.release()  # each acquire needs its release


class Inventory:
    def __init__(self):
        self._lock = threading.RLock()
        self.items = {}

    def add(self, name, count=1):
        with self._lock:
            self.items[name] = self.items.get(name, 0) + count

    def add_all(self, names):
        with self._lock:  # add() takes the lock again, in this thread
            for name in names:
                self.add(name)


stock = Inventory()
stock.add_all(['bolt', 'nut', 'bolt'])
print(stock.items)
