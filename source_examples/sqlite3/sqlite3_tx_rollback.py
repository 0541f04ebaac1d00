#!/usr/bin/env python3
# encoding: utf-8
"""Undo every change of a failed transaction with rollback()."""

#end_pymotw_header
import sqlite3

LEND = '''
    INSERT INTO loan (book_id, borrower)
    SELECT id, ? FROM book WHERE title = ?
'''

con = sqlite3.connect('library.db')

try:
    for title in ['Emma', 'Kindred']:
        con.execute(LEND, ('grace', title))
        print('lent', title)
    con.commit()
except sqlite3.IntegrityError as err:
    print('failed:', err)
    con.rollback()
    print('rolled back')

print('loans:')
for title, borrower in con.execute(
    'SELECT title, borrower FROM loan JOIN book ON book.id = book_id '
    'ORDER BY title'
):
    print(f'  {title} -> {borrower}')
con.close()
