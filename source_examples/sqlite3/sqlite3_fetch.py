#!/usr/bin/env python3
# encoding: utf-8
"""Read the rows of a query with a cursor's fetch methods."""

#end_pymotw_header
import sqlite3

con = sqlite3.connect('library.db')
cur = con.cursor()
cur.execute('SELECT title, year FROM book ORDER BY year')

print('fetchone():      ', cur.fetchone())
print('fetchmany(2):    ', cur.fetchmany(2))
rest = cur.fetchall()
print('fetchall():      ', len(rest), 'rows, the last:', rest[-1])
print('fetchone() again:', cur.fetchone())

con.close()
