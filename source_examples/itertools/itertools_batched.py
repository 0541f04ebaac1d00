#!/usr/bin/env python3
# encoding: utf-8
"""batched() cuts an iterable into tuples of a fixed size."""

#end_pymotw_header
from itertools import batched

print(list(batched('abcdefg', 3)))

order_ids = range(101, 109)
for batch in batched(order_ids, 3):
    placeholders = ', '.join('?' * len(batch))
    print(f'DELETE FROM orders WHERE id IN ({placeholders})', batch)
