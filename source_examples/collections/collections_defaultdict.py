#!/usr/bin/env python3
# encoding: utf-8
"""Group records by a key with defaultdict."""

#end_pymotw_header
import collections

orders = [
    ('alice', 'tea'), ('bob', 'cake'), ('alice', 'scone'),
    ('carol', 'tea'), ('bob', 'tea'),
]

by_customer = collections.defaultdict(list)
for customer, item in orders:
    by_customer[customer].append(item)   # no "if customer not in ..."
print(dict(by_customer))

totals = collections.defaultdict(int)
for _, item in orders:
    totals[item] += 1
print(dict(totals))

# Only item access creates entries; get() and "in" do not.
print(by_customer.get('dave'), 'dave' in by_customer)
print(by_customer['dave'], 'dave' in by_customer)
print(by_customer.default_factory)
