#!/usr/bin/env python3
# encoding: utf-8
"""Timestamps in log messages, from a fake clock to be repeatable."""

#end_pymotw_header
import itertools
import logging
import sys
import time

# 2024-03-01 08:30:00 UTC, then 1.25 seconds later for each record.
ticks = itertools.count(1709281800.0, 1.25)
make_record = logging.getLogRecordFactory()


def record_from_fake_clock(*args, **kwargs):
    record = make_record(*args, **kwargs)
    record.created = next(ticks)
    record.msecs = record.created % 1 * 1000
    return record


logging.setLogRecordFactory(record_from_fake_clock)

log = logging.getLogger('shop')
formats = [
    logging.Formatter('%(asctime)s %(message)s'),
    logging.Formatter('%(asctime)s %(message)s', datefmt='%H:%M:%S'),
    logging.Formatter('%(asctime)s.%(msecs)03dZ %(message)s',
                      datefmt='%Y-%m-%dT%H:%M:%S'),
]
formats[2].converter = time.gmtime
for formatter in formats:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(formatter)
    log.addHandler(handler)
    log.warning('shop opened')
    log.removeHandler(handler)
