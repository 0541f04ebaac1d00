#!/usr/bin/env python3
# encoding: utf-8
"""compress() keeps the items whose selector is true."""

#end_pymotw_header
from itertools import compress, cycle

days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
market_open = [1, 0, 1, 0, 1, 1, 0]
print('market days:', list(compress(days, market_open)))

print('every third:', list(compress(range(1, 13), cycle([0, 0, 1]))))

products = ['pens', 'ink', 'paper', 'glue']
in_stock = [12, 0, 250, 3]
print('in stock:', list(compress(products, in_stock)))
