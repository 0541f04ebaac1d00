#!/usr/bin/env python3
# encoding: utf-8
"""Send information to stdout and problems to stderr."""

#end_pymotw_header
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.addFilter(lambda record: record.levelno < logging.WARNING)
err = logging.StreamHandler(sys.stderr)
err.setLevel(logging.WARNING)

logging.basicConfig(level=logging.DEBUG, handlers=[out, err],
                    format='%(levelname)s: %(message)s')

logging.debug('checking 3 files')
logging.info('2 files are fine')
logging.warning('notes.txt is empty')
logging.error('data.csv is missing')
