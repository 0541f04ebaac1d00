#!/usr/bin/env python3
# encoding: utf-8
"""Read columns by name with the sqlite3.Row row factory."""

#end_pymotw_header
import sqlite3

con = sqlite3.connect('library.db')
con.row_factory = sqlite3.Row

row = con.execute(
    'SELECT title, year, pages FROM book WHERE title = ?', ('Emma',)
).fetchone()

print('type:        ', type(row).__name__)
print('keys():      ', row.keys())
print("row['title']:", row['title'])
print("row['PAGES']:", row['PAGES'])
print('row[1]:      ', row[1])
print('tuple(row):  ', tuple(row))
print('dict(row):   ', dict(row))
con.close()
