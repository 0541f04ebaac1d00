#!/usr/bin/env python3
# encoding: utf-8
"""Format strings in str.format() or string.Template style."""

#end_pymotw_header
import logging
import sys

log = logging.getLogger('shop')
log.setLevel(logging.INFO)

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter(
    '{levelname:<7} [{user}] {name}: {message}',
    style='{',
    defaults={'user': 'nobody'},
))
log.addHandler(brace)

dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter('$levelname from $name: $message',
                                      style='$'))
log.addHandler(dollar)

log.info('%d items in stock', 42)
log.warning('%s is out of stock', 'teapot', extra={'user': 'alice'})
