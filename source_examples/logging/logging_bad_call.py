#!/usr/bin/env python3
# encoding: utf-8
"""A mistake in a logging call is reported, not raised."""

#end_pymotw_header
import logging
import sys

logging.basicConfig(stream=sys.stdout, format='%(levelname)s: %(message)s')
log = logging.getLogger('app')

log.warning('%d items in %s', 3)  # one argument is missing
print('the program goes on')

logging.raiseExceptions = False
log.warning('%d items in %s', 3)
print('and now the mistake passes in silence')
