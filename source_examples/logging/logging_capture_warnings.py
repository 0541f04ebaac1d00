#!/usr/bin/env python3
# encoding: utf-8
"""Route the warnings module's messages through logging."""

#end_pymotw_header
import logging
import sys
import warnings

warnings.simplefilter('default')  # show them, whatever -W says
logging.basicConfig(stream=sys.stdout,
                    format='%(name)s: %(message)s')


def connect(timeout=None):
    if timeout is None:
        warnings.warn('timeout=None is deprecated', DeprecationWarning,
                      stacklevel=2)


connect()
logging.captureWarnings(True)
connect()
