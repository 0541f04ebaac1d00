#!/usr/bin/env python3
# encoding: utf-8
"""Pass values to a query with named placeholders."""

#end_pymotw_header
import sqlite3
import sys

decade = int(sys.argv[1])

con = sqlite3.connect('library.db')
rows = con.execute(
    '''
    SELECT book.year, book.title, author.name
    FROM book JOIN author ON author.id = book.author_id
    WHERE book.year BETWEEN :start AND :start + 9
    ORDER BY book.year, book.title
    ''',
    {'start': decade},
)
for year, title, author in rows:
    print(f'{year} {title} ({author})')
con.close()
