#!/usr/bin/env python3
# encoding: utf-8
"""Transactions as PEP 249 defines them, with autocommit=False."""

#end_pymotw_header
import sqlite3

LEND = '''
    INSERT INTO loan (book_id, borrower)
    SELECT id, ? FROM book WHERE title = ?
'''


def loans_of(con, borrower):
    return con.execute(
        'SELECT count(*) FROM loan WHERE borrower = ?', (borrower,)
    ).fetchone()[0]


con = sqlite3.connect('library.db', autocommit=False)
print('autocommit:', con.autocommit)
print('in_transaction after connect():', con.in_transaction)
con.execute(LEND, ('edith', 'Invisible Cities'))
con.close()  # no commit(): the loan is rolled back

con = sqlite3.connect('library.db', autocommit=False)
print('loans of edith after close():', loans_of(con, 'edith'))
con.execute(LEND, ('edith', 'Invisible Cities'))
con.commit()
print('loans of edith after commit():', loans_of(con, 'edith'))
print('in_transaction after commit():', con.in_transaction)
con.close()
