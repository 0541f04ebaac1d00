#!/usr/bin/env python3
# encoding: utf-8
"""See what happens when a user-defined function raises an exception."""

#end_pymotw_header
import sqlite3


def per_year(pages, years):
    return pages / years


con = sqlite3.connect('library.db')
con.create_function('per_year', 2, per_year)
query = '''
    SELECT title, per_year(pages, 1979 - year) FROM book
    WHERE title = 'Kindred'
'''

for tracebacks in [False, True]:
    sqlite3.enable_callback_tracebacks(tracebacks)
    print(f'enable_callback_tracebacks({tracebacks}):')
    try:
        con.execute(query).fetchall()
    except sqlite3.OperationalError as err:
        print(f'  {type(err).__name__}: {err}')
con.close()
