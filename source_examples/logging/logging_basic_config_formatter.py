#!/usr/bin/env python3
# encoding: utf-8
"""basicConfig() with a ready-made formatter (Python 3.15)."""

#end_pymotw_header
import logging
import sys


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


formatter = Upper('%(levelname)s %(name)s: %(message)s')
print(repr(formatter))

logging.basicConfig(stream=sys.stdout, formatter=formatter)
logging.getLogger('shop').warning('only 2 left')

# formatter= replaces format=, datefmt= and style=; both is an error.
try:
    logging.basicConfig(force=True, formatter=formatter, format='%(message)s')
except ValueError as err:
    print('ValueError:', err)
