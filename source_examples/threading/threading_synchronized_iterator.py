#!/usr/bin/env python3
# encoding: utf-8
"""Python 3.15: synchronized_iterator() makes generators thread-safe."""

#end_pymotw_header
import threading


@threading.synchronized_iterator
def squares(count):
    """Yield the squares of 0 to count - 1."""
    for n in range(count):
        yield n * n


print('still named', squares.__name__, '-', squares.__doc__)
shared = squares(500)
totals = []


def add_up():
    totals.append(sum(shared))


threads = [threading.Thread(target=add_up) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print('sum of the parts:', sum(totals))
print('sum in one thread:', sum(squares(500)))
