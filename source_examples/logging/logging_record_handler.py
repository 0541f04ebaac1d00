#!/usr/bin/env python3
# encoding: utf-8
"""A handler of our own keeps the records and shows what they hold."""

#end_pymotw_header
import logging
import textwrap


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


handler = ListHandler()
log = logging.getLogger('shop')
log.addHandler(handler)
log.warning('%s is out of stock', 'teapot')

record = handler.records[0]
print('msg:', repr(record.msg))
print('args:', record.args)
print('getMessage():', repr(record.getMessage()))
print('levelname:', record.levelname)
print()
print(textwrap.fill(', '.join(sorted(vars(record))), width=60))
