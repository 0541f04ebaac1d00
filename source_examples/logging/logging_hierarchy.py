#!/usr/bin/env python3
# encoding: utf-8
"""Logger names form a tree, and levels are inherited down it."""

#end_pymotw_header
import logging

shop = logging.getLogger('shop')
cart = logging.getLogger('shop.cart')
pricing = cart.getChild('pricing')

print('name:', pricing.name)
print('same object:', pricing is logging.getLogger('shop.cart.pricing'))
print('parents:', pricing.parent.name, '->', cart.parent.name,
      '->', shop.parent.name)

# A logger made before its parent is linked up when the parent appears.
mail = logging.getLogger('orders.mail')
print('parent of orders.mail:', mail.parent.name)
logging.getLogger('orders')
print('parent of orders.mail:', mail.parent.name)

shop.setLevel(logging.INFO)
pricing.setLevel(logging.DEBUG)
print()
print(f'{"logger":18} {"level":8} effective')
for logger in (logging.getLogger(), shop, cart, pricing):
    print(f'{logger.name:18}',
          f'{logging.getLevelName(logger.level):8}',
          logging.getLevelName(logger.getEffectiveLevel()))
