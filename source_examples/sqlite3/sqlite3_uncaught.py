#!/usr/bin/env python3
# encoding: utf-8
"""A script that stops on an error leaves the database unchanged."""

#end_pymotw_header
import sqlite3
from contextlib import closing

ADD_BOOK = '''
    INSERT INTO book (title, author_id, year, pages, genre)
    SELECT ?, id, ?, ?, 'fantasy' FROM author WHERE name = ?
'''

NEW_BOOKS = [
    ('Mort', 1987, 243, 'Terry Pratchett'),
    ('Small Gods', 1992, 284, 'Terry Pratchett'),  # already there
]

with closing(sqlite3.connect('library.db')) as con, con:
    for book in NEW_BOOKS:
        con.execute(ADD_BOOK, book)
        print('added', book[0])
