#!/usr/bin/env python3
# encoding: utf-8
"""Messages are formatted only if a handler is going to use them."""

#end_pymotw_header
import logging
import sys


class Basket:
    def __str__(self):
        print('  (Basket.__str__ called)')
        return 'basket with 3 items'


logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format='%(levelname)s: %(message)s')
log = logging.getLogger('shop')
basket = Basket()

print('debug() with an argument:')
log.debug('contents: %s', basket)
print('info() with an argument:')
log.info('contents: %s', basket)
print('debug() with an f-string:')
log.debug(f'contents: {basket}')

if log.isEnabledFor(logging.DEBUG):
    log.debug('total: %s', sum(range(10**8)))  # skipped, and so is sum()
print('done')
