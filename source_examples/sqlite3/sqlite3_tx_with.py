#!/usr/bin/env python3
# encoding: utf-8
"""Use the connection as a context manager to commit or roll back."""

#end_pymotw_header
import sqlite3

LEND = '''
    INSERT INTO loan (book_id, borrower)
    SELECT id, ? FROM book WHERE title = ?
'''


def lend(con, borrower, *titles):
    try:
        with con:  # commit on success, roll back on an exception
            for title in titles:
                con.execute(LEND, (borrower, title))
    except sqlite3.IntegrityError as err:
        print(f'{borrower}: {err}')
    else:
        print(f'{borrower}: borrowed {len(titles)} book(s)')


con = sqlite3.connect('library.db')
lend(con, 'grace', 'Emma', 'Persuasion')
lend(con, 'alan', 'Small Gods', 'Emma')
print('in_transaction:', con.in_transaction)

print('loans:')
for title, borrower in con.execute(
    'SELECT title, borrower FROM loan JOIN book ON book.id = book_id '
    'ORDER BY title'
):
    print(f'  {title} -> {borrower}')
con.close()  # the with statement does not close the connection
