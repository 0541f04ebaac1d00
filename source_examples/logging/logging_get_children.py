#!/usr/bin/env python3
# encoding: utf-8
"""List the loggers one level below a logger."""

#end_pymotw_header
import logging

for name in ['shop', 'shop.cart', 'shop.cart.pricing', 'shop.orders',
             'shop.billing.tax']:
    logging.getLogger(name)

shop = logging.getLogger('shop')
for logger in [shop, logging.getLogger('shop.cart')]:
    names = sorted(child.name for child in logger.getChildren())
    print(f'children of {logger.name}: {names}')

tax = logging.getLogger('shop.billing.tax')
print('parent of shop.billing.tax:', tax.parent.name)
