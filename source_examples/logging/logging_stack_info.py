#!/usr/bin/env python3
# encoding: utf-8
"""Show how the program got to a message, without an exception."""

#end_pymotw_header
import logging
import sys

logging.basicConfig(stream=sys.stdout,
                    format='%(funcName)s(): %(message)s')
log = logging.getLogger('app')


def deprecated(name):
    log.warning('%s() is deprecated', name, stacklevel=2)


def old_api():
    deprecated('old_api')
    log.warning('who called me?', stack_info=True)


def main():
    old_api()


main()
