#!/usr/bin/env python3
# encoding: utf-8
"""The exception classes of sqlite3, and which mistake raises which."""

#end_pymotw_header
import sqlite3


def show_tree(cls, indent=''):
    print(f'{indent}{cls.__name__}')
    for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
        show_tree(sub, indent + '  ')


show_tree(sqlite3.Error)
print()

con = sqlite3.connect('library.db')
MISTAKES = [
    ('SELECT * FROM books', ()),
    ('SELECT title FROM book ORDER year', ()),
    ('SELECT title FROM book WHERE year = ? AND pages = ?', (1979,)),
]
for sql, params in MISTAKES:
    try:
        con.execute(sql, params)
    except sqlite3.Error as err:
        print(f'{type(err).__name__}: {err}')

con.close()
try:
    con.execute('SELECT 1')
except sqlite3.Error as err:
    print(f'{type(err).__name__}: {err}')
