#!/usr/bin/env python3
# encoding: utf-8
"""Pass values to a query with question-mark placeholders."""

#end_pymotw_header
import sqlite3
import sys

genre = sys.argv[1]
min_pages = int(sys.argv[2])

con = sqlite3.connect('library.db')
rows = con.execute(
    '''
    SELECT title, pages FROM book
    WHERE genre = ? AND pages >= ?
    ORDER BY pages DESC
    ''',
    (genre, min_pages),
)
for title, pages in rows:
    print(f'{pages:4} {title}')
con.close()
