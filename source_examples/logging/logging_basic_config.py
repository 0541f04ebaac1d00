#!/usr/bin/env python3
# encoding: utf-8
"""Configure the root logger once, with basicConfig()."""

#end_pymotw_header
import logging
import sys

logging.basicConfig(
    level=logging.DEBUG,
    format='%(levelname)s in %(name)s: %(message)s',
    stream=sys.stdout,
)
logging.debug('the root logger shows everything now')
logging.getLogger('app').info('named loggers use its handler too')

# The root logger has a handler already: this call changes nothing.
logging.basicConfig(level=logging.ERROR)
logging.info('still shown: the second basicConfig() did nothing')

# force=True removes the old handlers first.
logging.basicConfig(level=logging.ERROR, force=True)
logging.info('hidden: the level is ERROR now')
logging.error('force=True replaced the configuration')
