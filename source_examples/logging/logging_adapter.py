#!/usr/bin/env python3
# encoding: utf-8
"""A LoggerAdapter adds the same context to every message."""

#end_pymotw_header
import logging
import sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format='%(name)s [%(connection)s] %(message)s')


class PrefixAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        msg, kwargs = super().process(msg, kwargs)
        return f'{self.extra["user"]}: {msg}', kwargs


def handle(connection, user):
    log = logging.LoggerAdapter(logging.getLogger('server'),
                                {'connection': connection})
    log.info('connected')
    user_log = PrefixAdapter(logging.getLogger('server.session'),
                             {'connection': connection, 'user': user})
    user_log.info('opened %s', 'inbox')
    user_log.warning('quota %d%% full', 95)
    log.info('closed')


handle(1, 'alice')
handle(2, 'bob')
