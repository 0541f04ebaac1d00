#!/usr/bin/env python3
# encoding: utf-8
"""Break each constraint of the schema and catch IntegrityError."""

#end_pymotw_header
import sqlite3

con = sqlite3.connect('library.db')
con.execute('PRAGMA foreign_keys = ON')  # off unless asked for

ATTEMPTS = [
    ('a second Emma', ('Emma', 3, 474)),
    ('no title', (None, 3, 200)),
    ('negative pages', ('Sanditon', 3, -1)),
    ('unknown author', ('Sanditon', 99, 160)),
]

for problem, row in ATTEMPTS:
    try:
        con.execute(
            'INSERT INTO book (title, author_id, pages) VALUES (?, ?, ?)',
            row,
        )
    except sqlite3.IntegrityError as err:
        print(f'{problem}: {err}')
        print(f'  {err.sqlite_errorname} ({err.sqlite_errorcode})')

con.rollback()
con.close()
