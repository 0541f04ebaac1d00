#!/usr/bin/env python3
# encoding: utf-8
"""See which Python types sqlite3 stores without any help."""

#end_pymotw_header
import sqlite3
from contextlib import closing
from decimal import Decimal

with closing(sqlite3.connect(':memory:')) as con:
    con.execute('CREATE TABLE anything (value)')  # no declared type
    values = [None, 42, 2.5, 'text', b'\x00\xff', True]
    con.executemany('INSERT INTO anything VALUES (?)',
                    [(value,) for value in values])

    for stored, value in con.execute(
        'SELECT typeof(value), value FROM anything'
    ):
        print(f'{stored:8} {value!r}')

    try:
        con.execute('INSERT INTO anything VALUES (?)', (Decimal('9.99'),))
    except sqlite3.ProgrammingError as err:
        print(err)
