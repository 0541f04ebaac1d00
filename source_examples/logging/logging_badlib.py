#!/usr/bin/env python3
# encoding: utf-8
"""A library module that wrongly configures logging when imported."""

#end_pymotw_header
import logging

logging.basicConfig(format='[badlib] %(message)s')
log = logging.getLogger(__name__)


def fetch(url):
    log.info('fetched %s', url)
