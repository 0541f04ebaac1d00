#!/usr/bin/env python3
# encoding: utf-8
"""Some of the fields a format string can use."""

#end_pymotw_header
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter(
    '%(levelno)2d %(levelname)-7s %(name)s %(funcName)s() %(threadName)s:'
    ' %(message)s'
))
log = logging.getLogger('shop.cart')
log.addHandler(handler)
log.setLevel(logging.DEBUG)


def add_item(name):
    log.debug('adding %s', name)


add_item('teapot')
log.info('cart has %d items', 1)
log.error('payment refused')
