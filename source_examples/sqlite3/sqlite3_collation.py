#!/usr/bin/env python3
# encoding: utf-8
"""Sort titles the way a library shelves them, with a collation."""

#end_pymotw_header
import sqlite3

ARTICLES = ('the ', 'a ', 'an ')


def shelf_key(title):
    key = title.casefold()
    for article in ARTICLES:
        if key.startswith(article):
            return key[len(article):]
    return key


def shelf_order(left, right):
    # A collation returns a negative, zero or positive number.
    a, b = shelf_key(left), shelf_key(right)
    return (a > b) - (a < b)


con = sqlite3.connect('library.db')
con.create_collation('shelf', shelf_order)

query = '''
    SELECT title FROM book WHERE genre IN ('fantasy', 'literary')
    ORDER BY {}
'''
for order in ['title', 'title COLLATE shelf']:
    print(f'ORDER BY {order}:')
    for (title,) in con.execute(query.format(order)):
        print(' ', title)
con.close()
