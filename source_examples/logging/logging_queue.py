#!/usr/bin/env python3
# encoding: utf-8
"""Hand records to a background thread through a queue."""

#end_pymotw_header
import logging
import logging.handlers
import queue
import sys
import threading


def add_handler_thread(record):
    record.handler_thread = threading.current_thread().name
    return True


console = logging.StreamHandler(sys.stdout)
console.addFilter(add_handler_thread)
console.setFormatter(logging.Formatter(
    '%(message)-8s logged in %(threadName)s, written in %(handler_thread)s'
))

records = queue.Queue()
listener = logging.handlers.QueueListener(records, console)
log = logging.getLogger('worker')
log.addHandler(logging.handlers.QueueHandler(records))

listener.start()
for number in range(1, 4):
    log.warning('record %d', number)
listener.stop()
print('queue is empty:', records.empty())
