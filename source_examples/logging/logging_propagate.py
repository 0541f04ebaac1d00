#!/usr/bin/env python3
# encoding: utf-8
"""Records travel up the tree to the handlers of every ancestor."""

#end_pymotw_header
import logging
import sys


def console(label):
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(
        logging.Formatter(f'{label:>4} handler | %(name)s: %(message)s')
    )
    return handler


logging.getLogger().addHandler(console('root'))
shop = logging.getLogger('shop')
shop.addHandler(console('shop'))
cart = logging.getLogger('shop.cart')

cart.warning('seen by both handlers')

shop.setLevel(logging.ERROR)
cart.setLevel(logging.INFO)
cart.info("shop's level is not checked")

shop.propagate = False
cart.warning('stops at shop')
