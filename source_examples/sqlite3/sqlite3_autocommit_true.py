#!/usr/bin/env python3
# encoding: utf-8
"""Leave transactions to SQLite and the SQL code with autocommit=True."""

#end_pymotw_header
import sqlite3

LEND = '''
    INSERT INTO loan (book_id, borrower)
    SELECT id, ? FROM book WHERE title = ?
'''

con = sqlite3.connect('library.db', autocommit=True)
print('autocommit:', con.autocommit)

con.execute('BEGIN')
con.execute(LEND, ('edith', 'The Baron in the Trees'))
con.commit()  # does nothing when autocommit is True
print('after commit(), in_transaction:', con.in_transaction)
con.execute('ROLLBACK')
print('after ROLLBACK, in_transaction:', con.in_transaction)

con.autocommit = False  # switch modes: a transaction begins at once
print('autocommit=False, in_transaction:', con.in_transaction)
con.rollback()
con.close()

print('loans:')
con = sqlite3.connect('library.db')
for title, borrower in con.execute(
    'SELECT title, borrower FROM loan JOIN book ON book.id = book_id '
    'ORDER BY title'
):
    print(f'  {title} -> {borrower}')
con.close()
