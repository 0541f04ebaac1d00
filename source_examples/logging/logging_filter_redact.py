#!/usr/bin/env python3
# encoding: utf-8
"""A filter that returns a changed copy of the record."""

#end_pymotw_header
import copy
import logging
import sys


def hide_card_numbers(record):
    if 'card' not in record.__dict__:
        return True
    record = copy.copy(record)
    record.card = '**** ' + record.card[-4:]
    return record


public = logging.StreamHandler(sys.stdout)
public.setFormatter(logging.Formatter('public:  %(message)s %(card)s'))
public.addFilter(hide_card_numbers)
private = logging.StreamHandler(sys.stdout)
private.setFormatter(logging.Formatter('private: %(message)s %(card)s'))

log = logging.getLogger('payments')
log.addHandler(public)
log.addHandler(private)
log.warning('payment refused for card', extra={'card': '4111 1111 1111 1111'})
