#!/usr/bin/env python3
# encoding: utf-8
"""A QueueListener as a context manager (Python 3.14)."""

#end_pymotw_header
import logging
import logging.handlers
import queue
import sys

console = logging.StreamHandler(sys.stdout)
console.setFormatter(logging.Formatter('%(threadName)s: %(message)s'))

records = queue.SimpleQueue()
log = logging.getLogger('worker')
log.addHandler(logging.handlers.QueueHandler(records))

listener = logging.handlers.QueueListener(records, console)
with listener:  # start() on the way in, stop() on the way out
    for number in range(1, 4):
        log.warning('record %d', number)
print('after the with block, the queue is empty:', records.empty())

# Starting a listener that is already running is a mistake.
listener.start()
try:
    listener.start()
except RuntimeError as err:
    print('RuntimeError:', err)
finally:
    listener.stop()
