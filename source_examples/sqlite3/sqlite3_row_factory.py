#!/usr/bin/env python3
# encoding: utf-8
"""Turn every row into an object with a custom row factory."""

#end_pymotw_header
import sqlite3
from dataclasses import dataclass


@dataclass
class Book:
    title: str
    year: int
    pages: int


def book_factory(cursor, row):
    names = [column[0] for column in cursor.description]
    return Book(**dict(zip(names, row, strict=True)))


con = sqlite3.connect('library.db')

cur = con.cursor()
cur.row_factory = book_factory  # this cursor only
cur.execute('SELECT title, year, pages FROM book WHERE genre = ?',
            ('classic',))
for book in cur:
    print(book)

other = con.execute('SELECT title, year, pages FROM book ORDER BY id')
print('another cursor:', other.fetchone())
con.close()
