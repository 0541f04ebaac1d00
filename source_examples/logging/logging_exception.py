#!/usr/bin/env python3
# encoding: utf-8
"""Log a traceback along with the message."""

#end_pymotw_header
import logging
import sys

logging.basicConfig(stream=sys.stdout,
                    format='%(levelname)s:%(name)s: %(message)s')
log = logging.getLogger('report')


def average(values):
    return sum(values) / len(values)


try:
    average([])
except ZeroDivisionError:
    log.exception('no average for an empty list')

try:
    int('four')
except ValueError as error:
    log.warning('using the default of 4', exc_info=True)
    saved = error

log.error('the saved error, logged later', exc_info=saved)
