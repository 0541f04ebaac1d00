#!/usr/bin/env python3
# encoding: utf-8
"""Describe the whole configuration in one dictionary."""

#end_pymotw_header
import logging
import logging.config

early = logging.getLogger('made.before.config')

logging.config.dictConfig({
    'version': 1,
    'formatters': {
        'short': {'format': '%(levelname)-7s %(name)s: %(message)s'},
    },
    'handlers': {
        'console': {
            'class': 'logging.StreamHandler',
            'stream': 'ext://sys.stdout',
            'formatter': 'short',
        },
    },
    'loggers': {
        'shop.cart': {'level': 'DEBUG'},
        'noisy.library': {'level': 'ERROR'},
    },
    'root': {'level': 'INFO', 'handlers': ['console']},
})

logging.getLogger('shop').debug('hidden: shop inherits INFO from root')
logging.getLogger('shop.cart').debug('shown: shop.cart is at DEBUG')
logging.getLogger('noisy.library').warning('hidden: below ERROR')
logging.getLogger('noisy.library.db').error('shown: ERROR is enough')
early.warning('hidden: this logger was disabled by dictConfig()')
print('early.disabled =', early.disabled)
