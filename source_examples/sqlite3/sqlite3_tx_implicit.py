#!/usr/bin/env python3
# encoding: utf-8
"""Changes stay private to a connection until it commits."""

#end_pymotw_header
import sqlite3

LEND = '''
    INSERT INTO loan (book_id, borrower)
    SELECT id, ? FROM book WHERE title = ?
'''


def count_loans(con):
    return con.execute('SELECT count(*) FROM loan').fetchone()[0]


writer = sqlite3.connect('library.db')
reader = sqlite3.connect('library.db')
print('isolation_level:', repr(writer.isolation_level))
print('in_transaction: ', writer.in_transaction)

writer.execute(LEND, ('ada', 'Kindred'))
print('after INSERT')
print('  in_transaction:', writer.in_transaction)
print('  writer counts: ', count_loans(writer))
print('  reader counts: ', count_loans(reader))

writer.commit()
print('after commit()')
print('  in_transaction:', writer.in_transaction)
print('  reader counts: ', count_loans(reader))

writer.close()
reader.close()
