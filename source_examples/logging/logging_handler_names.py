#!/usr/bin/env python3
# encoding: utf-8
"""Find a configured handler by its name."""

#end_pymotw_header
import logging
import logging.config

logging.config.dictConfig({
    'version': 1,
    'handlers': {
        'console': {'class': 'logging.StreamHandler',
                    'stream': 'ext://sys.stdout',
                    'level': 'WARNING'},
        'audit': {'class': 'logging.FileHandler',
                  'filename': 'audit.log',
                  'delay': True},
    },
    'root': {'level': 'INFO', 'handlers': ['console', 'audit']},
})
print('handler names:', sorted(logging.getHandlerNames()))

console = logging.getHandlerByName('console')
print('console:', console)
print('unknown name:', logging.getHandlerByName('email'))

log = logging.getLogger('app')
log.info('hidden: the console handler is at WARNING')
console.setLevel(logging.INFO)  # as a --verbose option might do
log.info('shown: its level was changed at run time')
