#!/usr/bin/env python3
# encoding: utf-8
"""merge_extra combines an adapter's extra with a call's extra."""

#end_pymotw_header
import logging
import sys

logging.basicConfig(
    level=logging.INFO, stream=sys.stdout,
    format='[conn %(connection)s, %(user)s] %(message)s',
)
base = logging.getLogger('server')
extra = {'connection': 7, 'user': 'nobody'}

plain = logging.LoggerAdapter(base, extra)
plain.info('call extra ignored', extra={'user': 'alice'})

merged = logging.LoggerAdapter(base, extra, merge_extra=True)
merged.info('call extra merged', extra={'user': 'alice'})
merged.info('adapter extra only')
