#!/usr/bin/env python3
# encoding: utf-8
"""The application decides what a library's log messages become."""

#end_pymotw_header
import logging
import sys

import logging_mylib

print('before any configuration:')
logging_mylib.fetch('/cat.gif')

print('after basicConfig():')
logging.basicConfig(
    level=logging.DEBUG,
    format='%(name)s %(levelname)s: %(message)s',
    stream=sys.stdout,
)
logging_mylib.fetch('/dog.gif')

print('with the library quieter than the rest:')
logging.getLogger('logging_mylib').setLevel(logging.WARNING)
logging_mylib.fetch('/bird.gif')
