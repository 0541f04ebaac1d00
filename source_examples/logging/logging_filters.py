#!/usr/bin/env python3
# encoding: utf-8
"""Filters decide record by record, on loggers and on handlers."""

#end_pymotw_header
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(name)-17s %(message)s'))
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.INFO)


def no_health_checks(record):
    return record.args != ('/health',)


handler.addFilter(logging.Filter('shop.cart'))
logging.getLogger('shop.http').addFilter(no_health_checks)

logging.getLogger('shop').info('not in shop.cart: dropped')
logging.getLogger('shop.cart').info('kept')
logging.getLogger('shop.cart.pricing').info('kept, a descendant')
logging.getLogger('shop.cartoon').info('dropped, only the names match')

handler.filters.clear()
http = logging.getLogger('shop.http')
for path in ['/', '/health', '/cart']:
    http.info('GET %s', path)
logging.getLogger('shop.http.admin').info('GET %s', '/health')
