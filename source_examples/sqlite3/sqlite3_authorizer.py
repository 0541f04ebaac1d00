#!/usr/bin/env python3
# encoding: utf-8
"""An authorizer that limits what SQL may do."""

#end_pymotw_header
import sqlite3

con = sqlite3.connect('library.db')


def authorizer(action, arg1, arg2, database, trigger):
    # Nobody may read who borrowed a book, or change anything.
    reading = action == sqlite3.SQLITE_READ
    if reading and arg1 == 'loan' and arg2 == 'borrower':
        return sqlite3.SQLITE_DENY
    writes = (
        sqlite3.SQLITE_INSERT,
        sqlite3.SQLITE_UPDATE,
        sqlite3.SQLITE_DELETE,
    )
    if action in writes:
        return sqlite3.SQLITE_DENY
    # Hide the page counts: they read as NULL.
    if action == sqlite3.SQLITE_READ and arg1 == 'book' and arg2 == 'pages':
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


con.set_authorizer(authorizer)
print(con.execute("SELECT title, pages FROM book WHERE id = 1").fetchone())
for sql in ('SELECT borrower FROM loan', "DELETE FROM book WHERE id = 1"):
    try:
        con.execute(sql)
    except sqlite3.DatabaseError as err:
        print(f'{type(err).__name__}: {err}')
con.set_authorizer(None)
count = con.execute('SELECT count(*) FROM loan').fetchone()[0]
print('count of loans, allowed again:', count)
con.close()
