#!/usr/bin/env python3
# encoding: utf-8
"""Attach values of your own to a record with extra."""

#end_pymotw_header
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter(
    '%(levelname)s [%(user)s %(ip)s] %(message)s',
    defaults={'user': '-', 'ip': '-'},
))
log = logging.getLogger('web')
log.addHandler(handler)

log.warning('login failed', extra={'user': 'alice', 'ip': '192.0.2.7'})
log.warning('login failed', extra={'user': 'bob'})
log.warning('no extra at all')

try:
    log.warning('oops', extra={'name': 'carol'})
except KeyError as error:
    print('KeyError:', error)
