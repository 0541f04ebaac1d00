#!/usr/bin/env python3
# encoding: utf-8
"""A whole database as bytes: serialize() and deserialize()."""

#end_pymotw_header
import sqlite3

with sqlite3.connect('library.db') as con:
    data = con.serialize()
con.close()
print(f'{len(data)} bytes, starting with {data[:16]!r}')

# The bytes become an in-memory database, here a changed copy.
copy = sqlite3.connect(':memory:')
copy.deserialize(data)
copy.execute('DELETE FROM book WHERE year < 1900')
copy.commit()
count = copy.execute('SELECT count(*) FROM book').fetchone()[0]
print('books in the copy:    ', count)
copy.close()

with sqlite3.connect('library.db') as con:
    count = con.execute('SELECT count(*) FROM book').fetchone()[0]
    print('books in library.db:', count)
con.close()
