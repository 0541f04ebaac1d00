#!/usr/bin/env python3
# encoding: utf-8
"""Show the warning for a connection that is never closed."""

#end_pymotw_header
import gc
import sqlite3
import warnings
from contextlib import closing


def careless():
    con = sqlite3.connect('library.db')
    return con.execute('SELECT count(*) FROM book').fetchone()[0]


def careful():
    with closing(sqlite3.connect('library.db')) as con:
        return con.execute('SELECT count(*) FROM book').fetchone()[0]


for function in [careless, careful]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        books = function()
        gc.collect()  # make sure the connection is gone
    print(f'{function.__name__}(): {books} books,',
          f'{len(caught)} warning(s)')
    for warning in caught:
        print(f'  {warning.category.__name__}:')
        print(f'    {warning.message}')
