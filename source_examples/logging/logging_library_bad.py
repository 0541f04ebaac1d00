#!/usr/bin/env python3
# encoding: utf-8
"""A library that calls basicConfig() takes the choice away."""

#end_pymotw_header
import logging
import sys

import logging_badlib

logging.basicConfig(
    level=logging.INFO,
    format='%(name)s %(levelname)s: %(message)s',
    stream=sys.stdout,
)
log = logging.getLogger('app')
log.info('starting')
logging_badlib.fetch('/cat.jpg')
log.warning('the format is not the one asked for')
