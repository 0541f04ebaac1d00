#!/usr/bin/env python3
# encoding: utf-8
"""Control transactions by hand with isolation_level=None."""

#end_pymotw_header
import sqlite3

LEND = '''
    INSERT INTO loan (book_id, borrower)
    SELECT id, ? FROM book WHERE title = ?
'''

con = sqlite3.connect('library.db', isolation_level=None)

con.execute(LEND, ('alan', 'Small Gods'))
print('after INSERT, in_transaction:', con.in_transaction)

con.execute('BEGIN')
print('after BEGIN, in_transaction: ', con.in_transaction)
con.execute(LEND, ('alan', 'Going Postal'))
con.execute('SAVEPOINT more')
con.execute(LEND, ('alan', 'The Colour of Magic'))
con.execute('ROLLBACK TO more')  # undo the last loan only
con.execute('COMMIT')
print('after COMMIT, in_transaction:', con.in_transaction)

print('books lent to alan:')
for (title,) in con.execute(
    'SELECT title FROM loan JOIN book ON book.id = book_id '
    "WHERE borrower = 'alan' ORDER BY title"
):
    print(' ', title)
con.close()
