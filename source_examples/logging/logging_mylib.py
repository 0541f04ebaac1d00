#!/usr/bin/env python3
# encoding: utf-8
"""A library module that logs, and leaves the setup to the application."""

#end_pymotw_header
import logging

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


def fetch(url):
    log.debug('connecting to %s', url)
    log.info('fetched %s', url)
    if url.endswith('.gif'):
        log.warning('%s is not a picture format we like', url)
    return b'...'
