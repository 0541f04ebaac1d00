#!/usr/bin/env python3
# encoding: utf-8
"""Set up a QueueHandler and its listener with dictConfig()."""

#end_pymotw_header
import logging
import logging.config

logging.config.dictConfig({
    'version': 1,
    'formatters': {'short': {'format': '%(levelname)s %(message)s'}},
    'handlers': {
        'console': {
            'class': 'logging.StreamHandler',
            'stream': 'ext://sys.stdout',
            'formatter': 'short',
            'level': 'WARNING',
        },
        'queue': {
            'class': 'logging.handlers.QueueHandler',
            'handlers': ['console'],
            'respect_handler_level': True,
            'queue': {'()': 'queue.Queue', 'maxsize': 1000},
            'listener': 'logging_shop.StartedListener',
        },
    },
    'root': {'level': 'DEBUG', 'handlers': ['queue']},
})

queue_handler = logging.getHandlerByName('queue')
listener = queue_handler.listener
print('listener:', type(listener).__name__)
print('it writes to:', [handler.name for handler in listener.handlers])
print('queue size limit:', queue_handler.queue.maxsize)

log = logging.getLogger('worker')
log.info('not shown: below the level of the console handler')
log.warning('shown, from the listener thread')
